import { Component, Suspense, type ReactNode } from 'react';
import { Alert } from './alert';

interface LoadBoundaryProps {
  /** What could not load, for the message ("Settings", "This page"). */
  what: string;
  /** Shown while the part loads. */
  fallback?: ReactNode;
  /** A nicety the page does without: if it cannot load, nothing is said. */
  quiet?: boolean;
  children: ReactNode;
}

/**
 * Parts of the page load when first needed. If one cannot (the connection dropped, or a new
 * version was deployed and the old files are gone), it says so in its place and the rest of
 * the page stays as it was, instead of the whole page going blank.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) {
      return <Suspense fallback={this.props.fallback ?? null}>{this.props.children}</Suspense>;
    }
    if (this.props.quiet) return null;
    return (
      <Alert
        tone="error"
        role="alert"
        actions={
          <button
            type="button"
            className="rounded-lg border border-current px-2 py-1 text-xs font-medium"
            onClick={() => window.location.reload()}
          >
            Reload
          </button>
        }
      >
        {this.props.what} could not load. Check the connection, then reload the page.
      </Alert>
    );
  }
}
