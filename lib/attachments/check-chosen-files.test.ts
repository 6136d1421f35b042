import { describe, expect, it } from "vitest";

import { checkChosenFiles } from "./check-chosen-files";
import { fileOf, png1x1 } from "./test-fixtures";

const photo = (name: string) => fileOf(png1x1(), name, "image/png");

describe("checkChosenFiles", () => {
  it("adds new picks to the files already chosen", () => {
    const first = photo("1.png");
    const { files, errors } = checkChosenFiles([first], [photo("2.png"), photo("3.png")]);
    expect(files.map((f) => f.name)).toEqual(["1.png", "2.png", "3.png"]);
    expect(errors).toEqual([]);
  });

  it("does not add the same file twice", () => {
    const file = photo("1.png");
    expect(checkChosenFiles([file], [file]).files).toHaveLength(1);
  });

  it("keeps the first five and says why the rest were left out", () => {
    const picked = Array.from({ length: 7 }, (_, i) => photo(`${i}.png`));
    const { files, errors } = checkChosenFiles([], picked);
    expect(files.map((f) => f.name)).toEqual(["0.png", "1.png", "2.png", "3.png", "4.png"]);
    expect(errors).toEqual([{ fileName: "", messageKey: "attachments.tooMany", values: { max: 5 } }]);
  });

  it("takes no more than the day's allowance leaves, when that is fewer", () => {
    const picked = Array.from({ length: 4 }, (_, i) => photo(`${i}.png`));
    const { files, errors } = checkChosenFiles([], picked, 2);
    expect(files.map((f) => f.name)).toEqual(["0.png", "1.png"]);
    expect(errors).toEqual([{ fileName: "", messageKey: "attachments.tooMany", values: { max: 2 } }]);
    expect(checkChosenFiles([], picked, 0).files).toEqual([]);
  });

  it("leaves out empty and oversized files, naming them", () => {
    const big = fileOf(new Uint8Array(10 * 1024 * 1024 + 1), "скан.pdf");
    const { files, errors } = checkChosenFiles([], [fileOf(new Uint8Array(), "пусто.jpg"), big, photo("ok.png")]);
    expect(files.map((f) => f.name)).toEqual(["ok.png"]);
    expect(errors).toEqual([
      { fileName: "пусто.jpg", messageKey: "attachments.empty", values: { name: "пусто.jpg" } },
      { fileName: "скан.pdf", messageKey: "attachments.tooLarge", values: { name: "скан.pdf", maxMb: 10 } },
    ]);
  });
});
