/** The zone of the Office table's default: Moscow time, which most offices keep. */
export const DEFAULT_OFFICE_TIME_ZONE = "Europe/Moscow";

const MOSCOW = DEFAULT_OFFICE_TIME_ZONE;

/** The time zone a case's dates are shown in: its office's, or Moscow time for a case without an office. */
export function caseTimeZone(office: { timeZone: string } | null | undefined): string {
  return office?.timeZone ?? DEFAULT_OFFICE_TIME_ZONE;
}

/**
 * IANA time zones of the regions, spelled as the directory's Region column spells them. The autonomous
 * okrugs come with an empty Region and their name in the Autonom column, so they are listed here too.
 * Regions in Moscow time that are missing from the directory (e.g. those added in 2022) fall back to it.
 */
export const REGION_TIME_ZONES: Readonly<Record<string, string>> = {
  "Адыгея Республика": MOSCOW,
  "Алтай Республика": "Asia/Barnaul",
  "Алтайский край": "Asia/Barnaul",
  "Амурская область": "Asia/Yakutsk",
  "Архангельская область": MOSCOW,
  "Астраханская область": "Europe/Astrakhan",
  // A city leased from Kazakhstan that keeps Kazakhstan's time (UTC+5).
  Байконур: "Asia/Qyzylorda",
  "Башкортостан Республика": "Asia/Yekaterinburg",
  "Белгородская область": MOSCOW,
  "Брянская область": MOSCOW,
  "Бурятия Республика": "Asia/Irkutsk",
  "Владимирская область": MOSCOW,
  "Волгоградская область": "Europe/Volgograd",
  "Вологодская область": MOSCOW,
  "Воронежская область": MOSCOW,
  // The operator's exchange office in Berlin.
  Германия: "Europe/Berlin",
  "Дагестан Республика": MOSCOW,
  "Еврейская автономная область": "Asia/Vladivostok",
  "Забайкальский край": "Asia/Chita",
  "Ивановская область": MOSCOW,
  "Ингушетия Республика": MOSCOW,
  "Иркутская область": "Asia/Irkutsk",
  "Кабардино-Балкарская Республика": MOSCOW,
  "Калининградская область": "Europe/Kaliningrad",
  "Калмыкия Республика": MOSCOW,
  "Калужская область": MOSCOW,
  "Камчатский край": "Asia/Kamchatka",
  "Карачаево-Черкесская Республика": MOSCOW,
  "Карелия Республика": MOSCOW,
  "Кемеровская область": "Asia/Novokuznetsk",
  "Кировская область": "Europe/Kirov",
  "Коми Республика": MOSCOW,
  "Костромская область": MOSCOW,
  "Краснодарский край": MOSCOW,
  "Красноярский край": "Asia/Krasnoyarsk",
  "Крым Республика": "Europe/Simferopol",
  "Курганская область": "Asia/Yekaterinburg",
  "Курская область": MOSCOW,
  "Ленинградская область": MOSCOW,
  "Липецкая область": MOSCOW,
  "Магаданская область": "Asia/Magadan",
  "Марий Эл Республика": MOSCOW,
  "Мордовия Республика": MOSCOW,
  Москва: MOSCOW,
  "Московская область": MOSCOW,
  "Мурманская область": MOSCOW,
  "Ненецкий автономный округ": MOSCOW,
  "Нижегородская область": MOSCOW,
  "Новгородская область": MOSCOW,
  "Новосибирская область": "Asia/Novosibirsk",
  "Омская область": "Asia/Omsk",
  "Оренбургская область": "Asia/Yekaterinburg",
  "Орловская область": MOSCOW,
  "Пензенская область": MOSCOW,
  "Пермский край": "Asia/Yekaterinburg",
  "Приморский край": "Asia/Vladivostok",
  "Псковская область": MOSCOW,
  "Ростовская область": MOSCOW,
  "Рязанская область": MOSCOW,
  "Самарская область": "Europe/Samara",
  "Санкт-Петербург": MOSCOW,
  "Саратовская область": "Europe/Saratov",
  "Саха (Якутия) Республика": "Asia/Yakutsk",
  "Сахалинская область": "Asia/Sakhalin",
  "Свердловская область": "Asia/Yekaterinburg",
  Севастополь: "Europe/Simferopol",
  "Северная Осетия - Алания Республика": MOSCOW,
  "Смоленская область": MOSCOW,
  "Ставропольский край": MOSCOW,
  "Тамбовская область": MOSCOW,
  "Татарстан Республика": MOSCOW,
  "Тверская область": MOSCOW,
  "Томская область": "Asia/Tomsk",
  "Тульская область": MOSCOW,
  "Тыва Республика": "Asia/Krasnoyarsk",
  "Тюменская область": "Asia/Yekaterinburg",
  "Удмуртская Республика": "Europe/Samara",
  "Ульяновская область": "Europe/Ulyanovsk",
  "Хабаровский край": "Asia/Vladivostok",
  "Хакасия Республика": "Asia/Krasnoyarsk",
  "Ханты-Мансийский-Югра автономный округ": "Asia/Yekaterinburg",
  "Челябинская область": "Asia/Yekaterinburg",
  "Чеченская Республика": MOSCOW,
  "Чувашия Республика": MOSCOW,
  "Чукотский автономный округ": "Asia/Anadyr",
  "Ямало-Ненецкий автономный округ": "Asia/Yekaterinburg",
  "Ярославская область": MOSCOW,
};

/**
 * Yakutia spans three zones; its eastern districts (улусы) are named in the law on time reckoning
 * (107-ФЗ ст. 5). Matched by the start of the directory's Area, e.g. "Оймяконский Улус".
 */
const SAKHA_DISTRICT_TIME_ZONES: [string, string][] = [
  ...["оймяконский", "верхоянский", "усть-янский"].map((d): [string, string] => [d, "Asia/Vladivostok"]),
  ...["абыйский", "аллаиховский", "верхнеколымский", "момский", "нижнеколымский", "среднеколымский"].map(
    (d): [string, string] => [d, "Asia/Srednekolymsk"],
  ),
];

/** The office's time zone from its place in the directory, or Moscow time when the region is unknown. */
export function officeTimeZone(office: {
  region: string;
  autonomousOkrug?: string | null;
  area?: string | null;
}): string {
  const region = office.region || office.autonomousOkrug || "";
  const area = office.area?.toLowerCase() ?? "";
  if (region === "Саха (Якутия) Республика") {
    const district = SAKHA_DISTRICT_TIME_ZONES.find(([name]) => area.startsWith(name));
    if (district) return district[1];
  }
  return REGION_TIME_ZONES[region] ?? DEFAULT_OFFICE_TIME_ZONE;
}
