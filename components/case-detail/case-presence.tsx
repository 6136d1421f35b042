"use client";

import { useEffect, useRef } from "react";

import { useTexts } from "@/components/i18n/texts";

import { isWritingNow, onBeatRequested, publishPresence, usePresenceSeen } from "./case-presence-store";

const BEAT_MS = 10_000;

/**
 * While the case page is open: a heartbeat to the server every ~10 s (and at once when writing starts) saying
 * whether the reply box is being written in, and a goodbye when the page is left. Renders the notice of the
 * colleagues on the case; the reply box shows it too (PresenceNotice) and reads the colleague's newer reply.
 */
export function CasePresence({ caseNumber, basisReplyId }: { caseNumber: string; basisReplyId: string | null }) {
  const basis = useRef(basisReplyId);
  useEffect(() => {
    basis.current = basisReplyId;
  }, [basisReplyId]);

  useEffect(() => {
    const url = `/console/cases/${encodeURIComponent(caseNumber)}/presence`;
    let isActive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;

    async function beat() {
      clearTimeout(timer);
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ isWriting: isWritingNow(), basisReplyId: basis.current }),
        });
        if (response.ok && isActive) publishPresence(await response.json());
      } catch {
        // A missed beat is made up by the next one.
      }
      if (isActive) {
        clearTimeout(timer);
        timer = setTimeout(beat, BEAT_MS);
      }
    }
    function leave() {
      isActive = false;
      clearTimeout(timer);
      // keepalive: the request outlives the page that sends it.
      fetch(url, { method: "DELETE", keepalive: true }).catch(() => undefined);
    }
    function onPageShow(event: PageTransitionEvent) {
      // Back from the back-forward cache: on the case again.
      if (event.persisted) {
        isActive = true;
        void beat();
      }
    }

    onBeatRequested(() => void beat());
    void beat();
    window.addEventListener("pagehide", leave);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      window.removeEventListener("pagehide", leave);
      window.removeEventListener("pageshow", onPageShow);
      onBeatRequested(null);
      leave();
      publishPresence(null);
    };
  }, [caseNumber]);

  return <PresenceNotice testId="case-presence" />;
}

/** Who else is on the case and who of them writes a reply; nothing when the case is one's own alone. */
export function PresenceNotice({ testId }: { testId: string }) {
  const t = useTexts("caseDetail.presence");
  const { colleagues } = usePresenceSeen();
  const list = new Intl.ListFormat(t.locale, { type: "conjunction" });
  const writers = colleagues.filter((colleague) => colleague.isWriting);
  // The live region stays on the page, so a colleague arriving is announced.
  return (
    <div aria-live="polite" data-testid={testId}>
      {colleagues.length > 0 ? (
        <div className="rounded-lg border border-brand-600 bg-brand-50 p-3 text-brand-800">
          <p>
            {t("open", { count: colleagues.length, names: list.format(colleagues.map((colleague) => colleague.name)) })}
          </p>
          {writers.length > 0 ? (
            <p className="font-medium">
              {t("writing", { count: writers.length, names: list.format(writers.map((colleague) => colleague.name)) })}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
