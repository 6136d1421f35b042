import ICAL from "ical.js";
import { describe, expect, it } from "vitest";

import { buildEventIcs, foldLine } from "./ics";

const EVENT = {
  uid: "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b@club.example",
  title: "Фокус-группа: доставка посылок; курьеры, сроки",
  description: "Обсудим доставку.\nВозьмите паспорт.",
  startsAt: new Date("2026-12-03T15:00:00Z"),
  endsAt: new Date("2026-12-03T16:30:00Z"),
  location: "Москва, ул. Мясницкая, д. 26",
  url: "https://club.example/events",
  stampedAt: new Date("2026-11-21T19:05:07.123Z"),
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe("buildEventIcs", () => {
  it("is a calendar with one event a calendar parser reads back: UID, UTC times, summary, place, link", () => {
    const text = buildEventIcs(EVENT);
    const { calendar, vevent, event } = parse(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getAllSubcomponents("vevent")).toHaveLength(1);
    expect(event.uid).toBe(EVENT.uid);
    expect(event.summary).toBe(EVENT.title);
    expect(event.description).toBe(EVENT.description);
    expect(event.location).toBe(EVENT.location);
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-03T15:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-03T16:30:00.000Z");
    expect(event.startDate.zone?.tzid).toBe("UTC");
    expect(vevent.getFirstPropertyValue("url")).toBe(EVENT.url);
    expect(text).toContain("DTSTART:20261203T150000Z\r\n");
    expect(text).toContain("DTSTAMP:20261121T190507Z\r\n");
  });

  it("ends every line with CRLF and keeps lines within 75 octets", () => {
    const text = buildEventIcs({ ...EVENT, description: "Очень длинное описание встречи. ".repeat(20) });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(parse(text).event.description).toBe("Очень длинное описание встречи. ".repeat(20));
  });

  it("gives an online meeting its link and no place", () => {
    const { vevent, event } = parse(buildEventIcs({ ...EVENT, location: null, url: "https://meet.example/room?id=1" }));
    expect(event.location).toBeNull();
    expect(vevent.getFirstPropertyValue("url")).toBe("https://meet.example/room?id=1");
  });
});

describe("foldLine", () => {
  it("never splits a Cyrillic letter between lines", () => {
    const folded = foldLine(`SUMMARY:${"ж".repeat(100)}`);
    const parts = folded.split("\r\n ");
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join("")).toBe(`SUMMARY:${"ж".repeat(100)}`);
  });
});
