import { AccountView } from '../features/session/components/AccountView.tsx';

export default function AccountPage() {
  return <AccountView />;
}
