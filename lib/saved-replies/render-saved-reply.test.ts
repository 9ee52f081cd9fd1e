import { describe, expect, it } from "vitest";
import { renderSavedReply, replyVariables } from "./render-saved-reply";

const values = replyVariables({ authorName: "Jamie Rivera", authorUsername: "jamier", agentName: "Sam Lee", clientName: "Acme", accountUsername: "acmehelp" });

describe("renderSavedReply", () => {
  it("fills every known variable", () => {
    expect(renderSavedReply("Hi {{first_name}} ({{handle}}), {{agent}} from {{client}} here. DM {{account}}.", values)).toBe(
      "Hi Jamie (@jamier), Sam from Acme here. DM @acmehelp.",
    );
    expect(renderSavedReply("Thanks {{name}}!", values)).toBe("Thanks Jamie Rivera!");
  });

  it("ignores case and spaces inside the braces", () => {
    expect(renderSavedReply("Hi {{ NAME }}", values)).toBe("Hi Jamie Rivera");
  });

  it("leaves unknown or empty variables visible", () => {
    expect(renderSavedReply("Order {{order_id}}", values)).toBe("Order {{order_id}}");
    const noHandle = replyVariables({ authorName: null, authorUsername: null, agentName: "Sam", clientName: "Acme", accountUsername: "acme" });
    expect(renderSavedReply("Hi {{handle}}", noHandle)).toBe("Hi {{handle}}");
  });

  it("falls back to the handle when the person has no display name", () => {
    const v = replyVariables({ authorName: " ", authorUsername: "jamier", agentName: "Sam", clientName: "Acme", accountUsername: "acme" });
    expect(renderSavedReply("Hi {{name}}", v)).toBe("Hi @jamier");
  });

  it("does not touch single braces or text without placeholders", () => {
    expect(renderSavedReply("Use {code} or }} {{", values)).toBe("Use {code} or }} {{");
  });
});
