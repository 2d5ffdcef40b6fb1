'use client';

import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, for the card's heading ("Figure 2", "attention-mask"). */
  name: string;
  onReset: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Contains a failing widget: an error card with the message and a reset button; the page keeps working. */
export class WidgetErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept in the console for bug reports; the reader sees the card.
    console.warn(`Widget ${this.props.name} failed:`, error, info.componentStack);
  }

  reset = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-card" role="alert" data-error-card>
        <p className="error-card-title">This widget stopped working.</p>
        <p className="error-card-message">
          <code>{error.message || 'Unknown error'}</code>
        </p>
        <p className="error-card-hint">
          The rest of the page is unaffected. Resetting restores the widget’s starting values.
        </p>
        <button type="button" className="button button-primary" onClick={this.reset}>
          Reset widget
        </button>
      </div>
    );
  }
}
