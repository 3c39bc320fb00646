import { Component, type ReactNode, useEffect, useState } from 'react';
import { PageLoadError } from './lazy-page';
import { Loading } from './loading';
import { NetworkRetry } from './network-retry';
import { checkBuild, nextStepAfterFailure, reloadOntoNewBuild } from './new-build';

interface Props {
  /** The page's path: going to another page forgets a failure. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  failure: unknown;
  resetKey: string;
  /** The retry button was used on this page: a failure now is a second one. */
  hasRetried: boolean;
}

/**
 * Around every lazy page (shared/layout.tsx): when a page's chunk or its strings cannot be fetched,
 * the leader gets 网络不好，点这里重试 instead of a white screen, and the button fetches them again.
 * If the server has a new build by now (a redeploy: the old chunk is gone), the tab reloads onto it
 * once instead. Any other error is a bug and goes on up, as before.
 */
export class PageLoadBoundary extends Component<Props, State> {
  override state: State = { failure: null, resetKey: this.props.resetKey, hasRetried: false };

  static getDerivedStateFromError(failure: unknown): Partial<State> {
    return { failure };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failure: null, resetKey: props.resetKey, hasRetried: false };
  }

  private readonly retry = () => {
    if (this.state.failure instanceof PageLoadError) this.state.failure.retry();
    this.setState({ failure: null, hasRetried: true });
  };

  override render() {
    const { failure } = this.state;
    if (failure === null) return this.props.children;
    if (!(failure instanceof PageLoadError)) throw failure;
    return <PageLoadFailure hasRetried={this.state.hasRetried} onRetry={this.retry} />;
  }
}

/**
 * Shows Loading while it asks the server which build it serves (new-build.ts), then reloads or
 * offers the retry button. Made afresh for each failure (a retry first renders the page again).
 */
function PageLoadFailure({ hasRetried, onRetry }: { hasRetried: boolean; onRetry: () => void }) {
  const [isChecking, setChecking] = useState(true);
  useEffect(() => {
    let isShown = true;
    void checkBuild().then(async (build) => {
      if (nextStepAfterFailure(build, hasRetried) === 'reload') {
        location.reload();
        return;
      }
      if (build.kind === 'new' && (await reloadOntoNewBuild(build.entry))) return;
      if (isShown) setChecking(false);
    });
    return () => {
      isShown = false;
    };
  }, [hasRetried]);
  return isChecking ? <Loading /> : <NetworkRetry onRetry={onRetry} />;
}
