import { useParams } from 'react-router';
import { RoadmapEditor } from '../features/roadmap/components/RoadmapEditor.tsx';

export default function RoadmapPage() {
  const { id = '' } = useParams();
  return <RoadmapEditor id={id} />;
}
