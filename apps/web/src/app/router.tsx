// Routes. State lives in the URL (government, year, filters) so any view can
// be shared as a link.
//   /sign-in                    sign-in form
//   /                           → /:gov of the viewer (or /sign-in)
//   /:gov                       overview (Beranda)
//   /:gov/work-plans            plans of the selected year (?year=)
//   /:gov/work-plans/:id        one plan as the month grid
//   /:gov/indicators            indicators (?scope=&q=) or road map goals (?view=roadmap)
//   /:gov/indicators/dashboard  road-map dashboard (?roadmap=&quarter=); /goals/:goalId drills down
//   /:gov/indicators/entry      value entry grid (?mode=year&roadmap=&scope=)
//   /:gov/indicators/:id        one indicator: status, trend chart, agencies, history
//   /:gov/assessments           PMPRB frameworks and assessments
//   /:gov/assessments/:id       one assessment (?tab=worksheet|consensus|review|scores|minutes|followup, ?area=)
//   /:gov/assessments/frameworks/:id  a framework version (administrators copy, edit, publish)
//   /:gov/tree                  performance trees; /:gov/tree/:id one tree as a map (?view=outline, ?node=)
//   /:gov/tree/:id/cascade/:nodeId  cascade from the level-0 result through a node to the work-plan steps
//   /:gov/tree/step/:stepId     from a work-plan step (or action) up to the results it serves
//   /:gov/process-maps          business-process, relation and cross-function maps
//   /:gov/admin                 members and audit log (ADMIN)
import { createBrowserRouter } from 'react-router';
import AdminPage from '../pages/AdminPage.tsx';
import AssessmentFrameworkPage from '../pages/AssessmentFrameworkPage.tsx';
import AssessmentPage from '../pages/AssessmentPage.tsx';
import AssessmentsPage from '../pages/AssessmentsPage.tsx';
import HomePage from '../pages/HomePage.tsx';
import IndicatorDashboardPage from '../pages/IndicatorDashboardPage.tsx';
import IndicatorEntryPage from '../pages/IndicatorEntryPage.tsx';
import IndicatorGoalPage from '../pages/IndicatorGoalPage.tsx';
import IndicatorsPage from '../pages/IndicatorsPage.tsx';
import NotFoundPage from '../pages/NotFoundPage.tsx';
import OverviewPage from '../pages/OverviewPage.tsx';
import PerformanceTreeCascadePage from '../pages/PerformanceTreeCascadePage.tsx';
import PerformanceTreePage from '../pages/PerformanceTreePage.tsx';
import PerformanceTreeProcessMapsPage from '../pages/PerformanceTreeProcessMapsPage.tsx';
import PerformanceTreesPage from '../pages/PerformanceTreesPage.tsx';
import PerformanceTreeStepPage from '../pages/PerformanceTreeStepPage.tsx';
import SignInPage from '../pages/SignInPage.tsx';
import WorkPlanPage from '../pages/WorkPlanPage.tsx';
import WorkPlansPage from '../pages/WorkPlansPage.tsx';
import { GovernmentLayout } from './GovernmentLayout.tsx';
import { RootLayout } from './RootLayout.tsx';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      children: [
        { path: '/', element: <HomePage /> },
        { path: '/sign-in', element: <SignInPage /> },
        {
          path: '/:gov',
          element: <GovernmentLayout />,
          children: [
            { index: true, element: <OverviewPage /> },
            { path: 'work-plans', element: <WorkPlansPage /> },
            { path: 'work-plans/:id', element: <WorkPlanPage /> },
            { path: 'indicators', element: <IndicatorsPage /> },
            { path: 'indicators/dashboard', element: <IndicatorDashboardPage /> },
            { path: 'indicators/dashboard/goals/:goalId', element: <IndicatorGoalPage /> },
            { path: 'indicators/entry', element: <IndicatorEntryPage /> },
            // Loaded on demand: the trend chart brings Recharts, which no other page needs.
            { path: 'indicators/:id', lazy: async () => ({ Component: (await import('../pages/IndicatorDetailPage.tsx')).default }) },
            { path: 'assessments', element: <AssessmentsPage /> },
            { path: 'assessments/frameworks/:id', element: <AssessmentFrameworkPage /> },
            { path: 'assessments/:id', element: <AssessmentPage /> },
            { path: 'tree', element: <PerformanceTreesPage /> },
            { path: 'tree/:id', element: <PerformanceTreePage /> },
            { path: 'tree/:id/cascade/:nodeId', element: <PerformanceTreeCascadePage /> },
            { path: 'tree/step/:stepId', element: <PerformanceTreeStepPage /> },
            { path: 'process-maps', element: <PerformanceTreeProcessMapsPage /> },
            { path: 'admin', element: <AdminPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
