"use client";

import { useEffect, useEffectEvent, useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import { AGE_BANDS, CLUB_SERVICES } from "@/lib/club/schemas";
import type { TSegment } from "@/lib/club/segment";

const CHECK = "flex min-h-11 items-center gap-2";
const COUNT_DELAY_MS = 400;

/** Who is invited: regions (with the known names as suggestions), age bands and services, and how many match. */
export function SegmentPicker({
  segment,
  regions,
  isDisabled,
  onChange,
  countAction,
}: {
  segment: TSegment;
  regions: string[];
  isDisabled: boolean;
  onChange: (segment: TSegment) => void;
  countAction: (input: { segment: TSegment }) => Promise<TActionResult<{ count: number }>>;
}) {
  const t = useTexts("surveys.segment");
  const tc = useTexts("club.join");
  const [region, setRegion] = useState("");
  const [count, setCount] = useState<number | null>(null);
  const key = JSON.stringify(segment);
  const counting = useAction(countAction, { refresh: false });
  const countMembers = useEffectEvent((chosen: TSegment) => counting.run({ segment: chosen }));

  // A moment after the last change; an answer for a segment changed since is dropped.
  useEffect(() => {
    let isCurrent = true;
    const timer = setTimeout(async () => {
      const result = await countMembers(JSON.parse(key));
      if (isCurrent) setCount(result?.ok ? result.data.count : null);
    }, COUNT_DELAY_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [key]);

  function toggle<T extends string>(list: T[], value: T, isOn: boolean): T[] {
    return isOn ? [...list, value] : list.filter((other) => other !== value);
  }
  function addRegion() {
    const name = region.trim();
    if (name && !segment.regions.some((other) => other.toLowerCase() === name.toLowerCase()))
      onChange({ ...segment, regions: [...segment.regions, name] });
    setRegion("");
  }

  return (
    <fieldset disabled={isDisabled} className="flex flex-col gap-3 rounded-xl border border-line p-4">
      <legend className="px-1 text-lg font-semibold">{t("title")}</legend>
      <p className="text-sm text-muted">{t("hint")}</p>
      <div className="flex flex-col gap-1">
        <label htmlFor="segment-region" className="font-medium">
          {t("region")}
        </label>
        <div className="flex gap-2">
          <Input
            id="segment-region"
            list="segment-region-names"
            value={region}
            maxLength={100}
            onChange={(event) => setRegion(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                addRegion();
              }
            }}
          />
          <Button type="button" variant="secondary" onClick={addRegion}>
            {t("addRegion")}
          </Button>
        </div>
        <datalist id="segment-region-names">
          {regions.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        {segment.regions.length > 0 ? (
          <ul className="flex flex-wrap gap-2" aria-label={t("chosenRegions")}>
            {segment.regions.map((name) => (
              <li key={name} className="flex items-center gap-1 rounded-full bg-brand-50 pl-3">
                {name}
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  aria-label={t("removeRegion", { region: name })}
                  onClick={() => onChange({ ...segment, regions: segment.regions.filter((other) => other !== name) })}
                >
                  ×
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <fieldset className="flex flex-wrap gap-x-4">
        <legend className="font-medium">{t("ageBands")}</legend>
        {AGE_BANDS.map((band) => (
          <label key={band} className={CHECK}>
            <input
              type="checkbox"
              className="size-5"
              checked={segment.ageBands.includes(band)}
              onChange={(event) =>
                onChange({ ...segment, ageBands: toggle(segment.ageBands, band, event.target.checked) })
              }
            />
            {tc(`ageBands.${band}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-wrap gap-x-4">
        <legend className="font-medium">{t("services")}</legend>
        {CLUB_SERVICES.map((service) => (
          <label key={service} className={CHECK}>
            <input
              type="checkbox"
              className="size-5"
              checked={segment.services.includes(service)}
              onChange={(event) =>
                onChange({ ...segment, services: toggle(segment.services, service, event.target.checked) })
              }
            />
            {tc(`serviceNames.${service}`)}
          </label>
        ))}
      </fieldset>
      <p aria-live="polite" className="font-semibold" data-testid="segment-count">
        {count === null ? t("counting") : t("count", { count })}
      </p>
    </fieldset>
  );
}
