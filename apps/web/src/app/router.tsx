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
//   /activate?token=            a new user sets their first password from a one-time activation link
//   /account                    the signed-in user's account: change own password
//   /:gov/roadmap               road maps of the government (create); /:gov/roadmap/:id builds one (goals, indicators, areas, actions)
//   /:gov/admin(/:tab)          organization: agencies, users, RB team, audit log (ADMIN)
import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import HomePage from '../pages/HomePage.tsx';
import NotFoundPage from '../pages/NotFoundPage.tsx';
import SignInPage from '../pages/SignInPage.tsx';
import { LoadingState } from '../ui/QueryState.tsx';
import { GovernmentLayout } from './GovernmentLayout.tsx';
import { RootLayout } from './RootLayout.tsx';

// Every page but the first ones a visitor sees is its own chunk, loaded when its
// route is entered: the app boots with the shell only (React, router, Apollo,
// i18n) and a page brings its own libraries (Recharts, d3, the grid, exceljs).
function page(load: () => Promise<{ default: ComponentType }>) {
  return async () => ({ Component: (await load()).default });
}

export function createRouter() {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      // Shown while the first page's chunk loads (a lazy route on the first visit).
      hydrateFallbackElement: <LoadingState />,
      children: [
        { path: '/', element: <HomePage /> },
        { path: '/sign-in', element: <SignInPage /> },
        { path: '/activate', lazy: page(() => import('../pages/ActivatePage.tsx')) },
        { path: '/account', lazy: page(() => import('../pages/AccountPage.tsx')) },
        {
          path: '/:gov',
          element: <GovernmentLayout />,
          children: [
            { index: true, lazy: page(() => import('../pages/OverviewPage.tsx')) },
            { path: 'work-plans', lazy: page(() => import('../pages/WorkPlansPage.tsx')) },
            { path: 'work-plans/:id', lazy: page(() => import('../pages/WorkPlanPage.tsx')) },
            { path: 'indicators', lazy: page(() => import('../pages/IndicatorsPage.tsx')) },
            { path: 'indicators/dashboard', lazy: page(() => import('../pages/IndicatorDashboardPage.tsx')) },
            { path: 'indicators/dashboard/goals/:goalId', lazy: page(() => import('../pages/IndicatorGoalPage.tsx')) },
            { path: 'indicators/entry', lazy: page(() => import('../pages/IndicatorEntryPage.tsx')) },
            { path: 'indicators/:id', lazy: page(() => import('../pages/IndicatorDetailPage.tsx')) },
            { path: 'assessments', lazy: page(() => import('../pages/AssessmentsPage.tsx')) },
            { path: 'assessments/frameworks/:id', lazy: page(() => import('../pages/AssessmentFrameworkPage.tsx')) },
            { path: 'assessments/:id', lazy: page(() => import('../pages/AssessmentPage.tsx')) },
            { path: 'renaksi', lazy: page(() => import('../pages/RenaksiPage.tsx')) },
            { path: 'renaksi/:id', lazy: page(() => import('../pages/RenaksiPlanPage.tsx')) },
            { path: 'tree', lazy: page(() => import('../pages/PerformanceTreesPage.tsx')) },
            { path: 'tree/:id', lazy: page(() => import('../pages/PerformanceTreePage.tsx')) },
            { path: 'tree/:id/cascade/:nodeId', lazy: page(() => import('../pages/PerformanceTreeCascadePage.tsx')) },
            { path: 'tree/step/:stepId', lazy: page(() => import('../pages/PerformanceTreeStepPage.tsx')) },
            { path: 'process-maps', lazy: page(() => import('../pages/PerformanceTreeProcessMapsPage.tsx')) },
            { path: 'admin', lazy: page(() => import('../pages/AdminPage.tsx')) },
            { path: 'admin/:tab', lazy: page(() => import('../pages/AdminPage.tsx')) },
            { path: 'roadmap', lazy: page(() => import('../pages/RoadmapsPage.tsx')) },
            { path: 'roadmap/:id', lazy: page(() => import('../pages/RoadmapPage.tsx')) },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
