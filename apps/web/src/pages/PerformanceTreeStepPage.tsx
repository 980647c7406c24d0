import { useParams } from 'react-router';
import { StepCascadeView } from '../features/performance-tree/components/CascadeView.tsx';

export default function PerformanceTreeStepPage() {
  const { stepId = '' } = useParams();
  return (
    <div className="page">
      <StepCascadeView stepId={stepId} />
    </div>
  );
}
