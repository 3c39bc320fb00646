import type { loginResultSchema, SessionUser } from '@seedbed/core';
import {
  createContext,
  type ReactNode,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { adoptAccountLocale } from '../i18n';
import { ApiError, api, isAbort, networkErrorCode, onUnauthorized, setCsrfToken } from './api';
import { forgetPersonalDrafts } from './local-draft';
import type { Parsed } from './schema-types';

/** What login, /api/auth/me and accepting an invite answer. */
export type LoginResult = Parsed<typeof loginResultSchema>;

interface Session {
  /** `undefined` while the first /api/auth/me is in flight; `null` when nobody is logged in. */
  user: SessionUser | null | undefined;
  signIn: (result: LoginResult) => void;
  /**
   * Ends the session on the server (a failure is ignored: this browser forgets the user anyway).
   * `navigate` runs together with forgetting the user, so both land in one render and the login
   * guard does not first bounce to /login?next=<page the user just left>. `everywhere` ends every
   * session of the account, on every device.
   */
  signOut: (navigate: () => void, options?: { everywhere?: boolean }) => Promise<void>;
  /** /api/auth/me could not reach the server (no network): who is logged in is not known yet. */
  isUnreachable: boolean;
  /** Asks /api/auth/me again (the retry button, or the network coming back). */
  checkAgain: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const [isUnreachable, setUnreachable] = useState(false);
  const [check, setCheck] = useState(0);

  const signIn = useCallback((result: LoginResult) => {
    setCsrfToken(result.csrfToken);
    adoptAccountLocale(result.user.locale);
    setUser(result.user);
  }, []);

  const signOut = useCallback(async (navigate: () => void, options: { everywhere?: boolean } = {}) => {
    try {
      await api.post(options.everywhere ? '/api/auth/logout-all' : '/api/auth/logout', undefined, { anonymous: true });
    } catch {
      // The server may keep the cookie until it expires; nothing more this page can do.
    }
    setCsrfToken(null);
    forgetPersonalDrafts();
    // The router applies navigations as transitions; forgetting the user in the same transition
    // keeps the two together.
    startTransition(() => {
      navigate();
      setUser(null);
    });
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `check` is the retry trigger.
  useEffect(() => {
    // Any 401 outside login means the session has gone: forget the user, RequireUser sends to login.
    onUnauthorized(() => {
      setCsrfToken(null);
      setUser(null);
    });
    const controller = new AbortController();
    api
      .get<LoginResult>('/api/auth/me', { anonymous: true, signal: controller.signal })
      .then(signIn, (error: unknown) => {
        if (isAbort(error)) return;
        // No network is not "logged out": the session may well be there once the signal returns.
        if (error instanceof ApiError && error.code === networkErrorCode) setUnreachable(true);
        else setUser(null);
      });
    return () => {
      controller.abort();
      onUnauthorized(null);
    };
  }, [signIn, check]);

  const checkAgain = useCallback(() => {
    setUnreachable(false);
    setCheck((n) => n + 1);
  }, []);

  const value = useMemo(
    () => ({ user, signIn, signOut, isUnreachable, checkAgain }),
    [user, signIn, signOut, isUnreachable, checkAgain],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The logged-in user, for screens that RequireUser guards. */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useUser on a screen without RequireUser');
  return user;
}
