import { rolesWith } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/** The demo survey's fixed id, so the seed can run again and tests can open its pages. */
export const DEMO_SURVEY_ID = "019a0000-0000-7000-8000-000000000001";

/**
 * A demo draft for the console: one question of each kind, one shown only after a low rating. A draft
 * invites no one, so seeding it sends no mail.
 */
export async function seedSurveys(): Promise<void> {
  const author = await db.staffUser.findFirst({
    where: { role: { in: rolesWith("survey.manage") } },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (!author || (await db.survey.findUnique({ where: { id: DEMO_SURVEY_ID }, select: { id: true } }))) return;
  await db.survey.create({
    data: {
      id: DEMO_SURVEY_ID,
      title: "Как вам работа отделений?",
      description: "Короткий опрос о последнем посещении почтового отделения.",
      createdById: author.id,
      questions: {
        create: [
          {
            id: "019a0000-0000-7000-8000-000000000011",
            position: 1,
            kind: "RATING",
            text: "Оцените последнее посещение отделения",
            isRequired: true,
            options: { min: 1, max: 5, minLabel: "очень плохо", maxLabel: "отлично" },
          },
          {
            id: "019a0000-0000-7000-8000-000000000012",
            position: 2,
            kind: "MULTIPLE",
            text: "Что помешало?",
            options: [
              { id: "o1", label: "Очередь" },
              { id: "o2", label: "Часы работы" },
              { id: "o3", label: "Вежливость сотрудников" },
            ],
            showIf: { questionId: "019a0000-0000-7000-8000-000000000011", anyOf: ["1", "2", "3"] },
          },
          {
            id: "019a0000-0000-7000-8000-000000000013",
            position: 3,
            kind: "SINGLE",
            text: "Как часто вы бываете в отделении?",
            options: [
              { id: "o1", label: "Раз в неделю и чаще" },
              { id: "o2", label: "Раз в месяц" },
              { id: "o3", label: "Реже" },
            ],
          },
          {
            id: "019a0000-0000-7000-8000-000000000014",
            position: 4,
            kind: "NPS",
            text: "Насколько вероятно, что вы порекомендуете Почту друзьям?",
            isRequired: true,
          },
          {
            id: "019a0000-0000-7000-8000-000000000015",
            position: 5,
            kind: "TEXT",
            text: "Что нам улучшить в первую очередь?",
          },
        ],
      },
    },
  });
}
