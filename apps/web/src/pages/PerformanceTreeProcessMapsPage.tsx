import { ProcessMaps } from '../features/performance-tree/components/ProcessMaps.tsx';

export default function PerformanceTreeProcessMapsPage() {
  return (
    <div className="page">
      <ProcessMaps />
    </div>
  );
}
