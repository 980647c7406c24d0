import { HomeRedirect } from '../features/session/components/HomeRedirect.tsx';

/** "/": sends the user to their government (or to sign-in). */
export default function HomePage() {
  return <HomeRedirect />;
}
