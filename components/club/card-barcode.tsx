import { barsOf, ean13Pattern } from "@/lib/club/ean13";

/** The card number as an EAN-13 barcode, drawn as SVG from its 95 modules (with a quiet zone either side). */
export function CardBarcode({ cardNumber, label }: { cardNumber: string; label: string }) {
  const bars = barsOf(ean13Pattern(cardNumber));
  const quiet = 11;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${95 + 2 * quiet} 60`}
      className="h-24 w-full max-w-xs rounded bg-white"
      shapeRendering="crispEdges"
      data-testid="card-barcode"
    >
      {bars.map((bar) => (
        <rect key={bar.x} x={bar.x + quiet} y={4} width={bar.width} height={52} fill="#000" />
      ))}
    </svg>
  );
}
