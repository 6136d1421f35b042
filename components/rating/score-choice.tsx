import Link from "next/link";

/** The five scores as links to the rating page with each one chosen: the email's links, on the page. */
export function ScoreChoice({
  token,
  labels,
  legend,
  current,
}: {
  token: string;
  labels: readonly string[];
  legend: string;
  current: number | null;
}) {
  return (
    <nav aria-label={legend} className="flex flex-col gap-2">
      <p className="font-medium">{legend}</p>
      <ul className="flex flex-wrap gap-2">
        {labels.map((label, index) => {
          const score = index + 1;
          return (
            <li key={score}>
              <Link
                href={`/status/${token}/rate?score=${score}`}
                aria-current={current === score ? "true" : undefined}
                className="flex min-h-11 items-center rounded-lg border border-line px-3 hover:bg-brand-50 aria-[current=true]:border-brand-600 aria-[current=true]:bg-brand-50"
              >
                {score} — {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
