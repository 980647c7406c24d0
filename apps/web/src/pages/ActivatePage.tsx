import { ActivateView } from '../features/session/components/ActivateView.tsx';

export default function ActivatePage() {
  return <ActivateView />;
}
