import { useParams } from 'react-router';
import { TreeCascadeView } from '../features/performance-tree/components/CascadeView.tsx';

export default function PerformanceTreeCascadePage() {
  const { id = '', nodeId = '' } = useParams();
  return (
    <div className="page">
      <TreeCascadeView treeId={id} nodeId={nodeId} />
    </div>
  );
}
