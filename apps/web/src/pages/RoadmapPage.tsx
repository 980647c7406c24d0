// Placeholder: built in the setup-from-empty work (issue 11).
import NotFoundPage from './NotFoundPage.tsx';

export default function RoadmapPage() {
  return <NotFoundPage />;
}
