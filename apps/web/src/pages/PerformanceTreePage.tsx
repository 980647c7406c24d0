import { useParams } from 'react-router';
import { PerformanceTreeDetail } from '../features/performance-tree/components/PerformanceTreeDetail.tsx';

export default function PerformanceTreePage() {
  const { id = '' } = useParams();
  return (
    <div className="page">
      <PerformanceTreeDetail id={id} />
    </div>
  );
}
