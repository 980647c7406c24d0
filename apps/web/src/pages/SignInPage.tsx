import { SignInView } from '../features/session/components/SignInView.tsx';

export default function SignInPage() {
  return <SignInView />;
}
