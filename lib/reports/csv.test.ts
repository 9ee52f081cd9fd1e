import { describe, expect, it } from "vitest";
import { csvCell, minutes, share, slugify, toCsv } from "./csv";

describe("CSV", () => {
  it("quotes only what needs quoting and doubles quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", please')).toBe('"say ""hi"", please"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(" padded")).toBe('" padded"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(-3.5)).toBe("-3.5");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    expect(csvCell("+1 555")).toBe("'+1 555");
    expect(csvCell("@brand thanks")).toBe("'@brand thanks");
    expect(csvCell("-")).toBe("'-");
  });

  it("writes a UTF-8 BOM, a header and CRLF line ends", () => {
    expect(toCsv(["a", "b"], [[1, "x,y"], [null, "é"]])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n,é\r\n');
  });

  it("formats shares and minutes for spreadsheets", () => {
    expect(share(0.823456)).toBe(0.8235);
    expect(share(null)).toBeNull();
    expect(minutes(90)).toBe(1.5);
    expect(minutes(null)).toBeNull();
  });

  it("makes file-name-safe slugs", () => {
    expect(slugify("Northwind Coffee")).toBe("northwind-coffee");
    expect(slugify("Café Zoë & Co.")).toBe("cafe-zoe-co");
    expect(slugify("日本")).toBe("client");
  });
});
