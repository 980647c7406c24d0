import { Outlet } from 'react-router';
import { SessionProvider } from '../features/session/components/SessionProvider.tsx';
import { AppShell } from './AppShell.tsx';

/** Route element of `/:gov`: session + frame around the government's pages. */
export function GovernmentLayout() {
  return (
    <SessionProvider shell={AppShell}>
      <Outlet />
    </SessionProvider>
  );
}
