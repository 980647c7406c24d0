import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { resetApolloClients } from '../../../app/apollo.ts';
import { SignOutMutation } from '../graphql/signOut.ts';

/** Ends the session, forgets every cached answer and goes to the sign-in page. */
export function useSignOut() {
  const [signOut, state] = useMutation(SignOutMutation);
  const navigate = useNavigate();
  const run = useCallback(async () => {
    try {
      await signOut();
    } catch {
      // The cookie may already be gone; leave anyway.
    }
    resetApolloClients();
    await navigate('/sign-in?signedOut=1', { replace: true });
  }, [signOut, navigate]);
  return [run, state] as const;
}
