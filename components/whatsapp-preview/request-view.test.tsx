import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RequestView } from "./request-view";

describe("RequestView", () => {
  it("shows the method, exact path and pretty body with the token replaced", () => {
    const html = renderToStaticMarkup(
      <RequestView
        method="post"
        path="/whatsapp/sendHsm/welcome_msg"
        body={{ token: "leaked-token-1234", to: ["+6281234567890"], param: ["Budi", "Toko"] }}
      />,
    );
    expect(html).toContain(">POST<");
    expect(html).toContain("/whatsapp/sendHsm/welcome_msg");
    expect(html).toContain("&quot;token&quot;: &quot;&lt;YOUR_TOKEN&gt;&quot;");
    expect(html).toContain("&quot;param&quot;: [\n    &quot;Budi&quot;");
    expect(html).not.toContain("leaked-token-1234");
    expect(html).toContain('aria-label="Copy request as curl"');
    expect(html).toContain('aria-label="Copy request JSON"');
  });
});
