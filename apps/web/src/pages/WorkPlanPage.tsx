import { useParams } from 'react-router';
import { WorkPlanDetail } from '../features/work-plans/components/WorkPlanDetail.tsx';

export default function WorkPlanPage() {
  const { id = '' } = useParams();
  return (
    <div className="page page-wide">
      <WorkPlanDetail id={id} />
    </div>
  );
}
