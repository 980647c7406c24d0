// Apollo Client set-up.
//
// The API serves /graphql on the same origin; the session is an httpOnly
// cookie (credentials: 'same-origin'). The selected government travels on
// every request as the `X-Government` header, taken from the route
// (`/:gov/...`). Each government gets its own client and cache, so data of
// one tenant can never show up under another one's URL, and switching back
// to a government already opened shows its cached data at once.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { hasErrorCode } from '../ui/errors.ts';

export const GOVERNMENT_HEADER = 'X-Government';

/** Operation context flag: do not redirect to sign-in on UNAUTHENTICATED (the sign-in form itself). */
export interface RbOperationContext {
  skipAuthRedirect?: boolean;
}

type UnauthenticatedHandler = () => void;
let unauthenticatedHandler: UnauthenticatedHandler | null = null;

/** Called (once per failing operation) when the API answers UNAUTHENTICATED. */
export function setUnauthenticatedHandler(handler: UnauthenticatedHandler | null) {
  unauthenticatedHandler = handler;
}

function createCache() {
  return new InMemoryCache({
    typePolicies: {
      // Objects without an id of their own live inside their parent.
      Viewer: { keyFields: false, merge: true },
      SignInResult: { keyFields: false },
      Health: { keyFields: false },
      // Everything else is identified by `id` (the default). Lists are
      // replaced as a whole when refetched (the API returns them complete).
    },
  });
}

export function createApolloClient(government: string) {
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  const governmentLink = new ApolloLink((operation, forward) => {
    if (government) {
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, [GOVERNMENT_HEADER]: government },
      }));
    }
    return forward(operation);
  });

  const errorLink = new ErrorLink(({ error, operation }) => {
    const context = operation.getContext() as RbOperationContext;
    if (!context.skipAuthRedirect && hasErrorCode(error, 'UNAUTHENTICATED')) {
      unauthenticatedHandler?.();
    }
  });

  return new ApolloClient({
    link: ApolloLink.from([errorLink, governmentLink, httpLink]),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}

type Client = ReturnType<typeof createApolloClient>;

const clients = new Map<string, Client>();
let generation = 0;
const listeners = new Set<() => void>();

/** The client for a government code ('' when the route names none). */
export function getApolloClient(government: string): Client {
  let client = clients.get(government);
  if (!client) {
    client = createApolloClient(government);
    clients.set(government, client);
  }
  return client;
}

/**
 * Drops every client and cache (sign-in, sign-out, expired session), so no
 * data of the previous session survives. Subscribers re-render with new clients.
 */
export function resetApolloClients() {
  for (const client of clients.values()) client.stop();
  clients.clear();
  generation += 1;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: changes whenever the clients are reset. */
export function subscribeToClientResets(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export function clientGeneration() {
  return generation;
}
