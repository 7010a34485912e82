"use client";

import { createContext, useContext, useState, type FormEvent, type ReactNode } from "react";
import { sendJson } from "./api-client";
import { useJson } from "./use-json";

interface AccessState {
  writable: boolean;
  readOnlyReason: string | null;
  tokenRequired: boolean;
  signedIn: boolean;
}

const CanWrite = createContext(false);

/** Whether this browser may change data: write controls hide themselves when not. */
export function useCanWrite(): boolean {
  return useContext(CanWrite);
}

/**
 * Asks the server who may write, shares the answer with every control below, and shows
 * the read-only reason or a sign-in form for the edit token.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, refresh] = useJson<AccessState>("/api/session");
  const [signingIn, setSigningIn] = useState(false);
  const [token, setToken] = useState("");
  const [error, setError] = useState<string | null>(null);
  const access = state.status === "ready" ? state.data : null;

  const signIn = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await sendJson("POST", "/api/session", { token });
      setSigningIn(false);
      setToken("");
      refresh();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <CanWrite.Provider value={access?.writable ?? false}>
      <div className="app-frame">
        {access && !access.writable && (
          <div className="access-bar" role="status" data-testid="access-bar">
            {access.readOnlyReason ? (
              <>Read-only: {access.readOnlyReason}.</>
            ) : (
              <>
                Viewing only.{" "}
                {signingIn ? (
                  <form onSubmit={signIn} className="sign-in">
                    <label>
                      Edit token{" "}
                      <input
                        type="password"
                        value={token}
                        onChange={(event) => setToken(event.target.value)}
                        autoComplete="current-password"
                        data-testid="token-input"
                      />
                    </label>
                    <button type="submit" data-testid="sign-in-submit">
                      Sign in
                    </button>
                    {error && (
                      <span className="status-error" role="alert">
                        {error}
                      </span>
                    )}
                  </form>
                ) : (
                  <button type="button" className="link" onClick={() => setSigningIn(true)} data-testid="sign-in">
                    Sign in to edit
                  </button>
                )}
              </>
            )}
          </div>
        )}
        {children}
      </div>
    </CanWrite.Provider>
  );
}
