import { describe, expect, it } from "vitest";

import { StaffRole } from "@/lib/generated/prisma/enums";

import {
  ABILITIES,
  can,
  caseScope,
  isOfficeBound,
  officeScope,
  rolesWith,
  STAFF_ROLES,
  type TAbility,
} from "./permissions";

// Who may do what, as a table: changing a permission shows here as a changed row.
const MATRIX = `
ability                 OPERATOR SUPERVISOR OFFICE_HEAD ANALYST ADMIN
case.read               yes      yes        yes         yes     yes
case.work               yes      yes        yes         -       yes
case.reply              yes      yes        yes         -       yes
case.assignOthers       -        yes        yes         -       yes
case.route              -        yes        yes         -       yes
case.allOffices         yes      yes        -           yes     yes
case.extend             -        yes        -           -       yes
case.merge              -        yes        -           -       yes
case.leaveUnanswered    -        yes        -           -       yes
case.endCorrespondence  -        yes        -           -       yes
case.reopenEnded        -        yes        -           -       yes
case.deadlineAlerts     -        yes        -           -       yes
template.manage         -        yes        -           -       yes
report.view             -        yes        yes         yes     yes
member.view             yes      yes        -           -       yes
loyalty.configure       -        yes        -           -       yes
survey.manage           yes      yes        -           -       yes
survey.read             yes      yes        -           yes     yes
event.manage            yes      yes        -           -       yes
idea.answer             yes      yes        -           -       yes
staff.manage            -        -          -           -       yes
apiKey.manage           -        -          -           -       yes
calendar.edit           -        -          -           -       yes
mailbox.read            -        -          -           -       yes
`;

function rendered(): string {
  const widths = [24, ...STAFF_ROLES.map((role) => role.length + 1)];
  const row = (cells: string[]) =>
    cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]))).join("");
  const lines = (Object.keys(ABILITIES) as TAbility[]).map((ability) =>
    row([ability, ...STAFF_ROLES.map((role) => (can({ role }, ability) ? "yes" : "-"))]),
  );
  return `\n${[row(["ability", ...STAFF_ROLES]), ...lines].join("\n")}\n`;
}

describe("the permission table", () => {
  it("grants each ability to exactly the roles in the matrix", () => {
    expect(rendered()).toBe(MATRIX);
  });

  it("knows every staff role there is, and names no other", () => {
    expect([...STAFF_ROLES].sort()).toEqual(Object.values(StaffRole).sort());
    for (const roles of Object.values(ABILITIES)) for (const role of roles) expect(STAFF_ROLES).toContain(role);
  });

  it("lists the roles of an ability as a copy that cannot change the table", () => {
    const workers = rolesWith("case.work");
    expect(workers).toEqual(["OPERATOR", "SUPERVISOR", "OFFICE_HEAD", "ADMIN"]);
    workers.push("ANALYST");
    expect(can({ role: "ANALYST" }, "case.work")).toBe(false);
  });
});

describe("office scope", () => {
  const head = { role: "OFFICE_HEAD" as const, officePostcodes: ["101000", "190000"] };

  it("limits an office head to their offices' cases", () => {
    expect(isOfficeBound("OFFICE_HEAD")).toBe(true);
    expect(officeScope(head)).toEqual(["101000", "190000"]);
    expect(caseScope(head)).toEqual({ officePostcode: { in: ["101000", "190000"] } });
  });

  it("gives an office head without offices no case rather than every case", () => {
    expect(caseScope({ role: "OFFICE_HEAD", officePostcodes: [] })).toEqual({ officePostcode: { in: [] } });
  });

  it("leaves every other role unlimited, whatever offices their account carries", () => {
    for (const role of STAFF_ROLES.filter((r) => r !== "OFFICE_HEAD")) {
      expect(isOfficeBound(role), role).toBe(false);
      expect(officeScope({ role, officePostcodes: ["101000"] }), role).toBeNull();
      expect(caseScope({ role, officePostcodes: ["101000"] }), role).toEqual({});
    }
  });
});
