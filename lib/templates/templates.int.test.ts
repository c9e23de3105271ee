import { beforeAll, describe, expect, it } from "vitest";

const { db } = await import("@/lib/db/client");
const { createTemplate } = await import("./create-template");
const { updateTemplate } = await import("./update-template");
const { duplicateTemplate } = await import("./duplicate-template");
const { deleteTemplate } = await import("./delete-template");
const { listTemplates } = await import("./list-templates");
const { getTemplateOrThrow, getTemplateForEditOrThrow } = await import("./get-template");
const { sandboxTemplates } = await import("./sandbox-templates");
const { ExpectedError } = await import("@/lib/errors/expected-error");
import type { TemplateInput } from "./schema";

let ctx: Parameters<typeof createTemplate>[1];

beforeAll(async () => {
  const user = await db.user.create({
    data: { email: "agent@templates.test", name: "Agent", role: "agent", passwordHash: "x" },
  });
  ctx = {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: "agent",
      sessionId: "s",
      timeZone: "Asia/Jakarta",
    },
    ip: null,
  };
});

const byName = (name: string) => sandboxTemplates.find((t) => t.name === name)!;

function input(overrides: Partial<TemplateInput>): TemplateInput {
  return { ...byName("example_lto"), ...overrides };
}

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExpectedError);
  return error as InstanceType<typeof ExpectedError>;
}

describe("templates service", () => {
  it("creates a template and reads it back with its buttons, cards and offer expiry", async () => {
    const { id } = await createTemplate(input({ name: "lto_created" }), ctx);
    const saved = await getTemplateOrThrow(id);
    expect(saved).toMatchObject({ ...input({ name: "lto_created" }), id });
    const carousel = byName("carousel_template_example");
    const { id: carouselId } = await createTemplate({ ...carousel, name: "carousel_created" }, ctx);
    expect((await getTemplateOrThrow(carouselId)).cards).toEqual(carousel.cards);
    const row = await db.template.findUniqueOrThrow({ where: { id } });
    expect(row.createdById).toBe(ctx.user.id);
    expect(JSON.parse(row.buttons)).toEqual(input({}).buttons);
  });

  it("refuses a second live template with the same name and language", async () => {
    await createTemplate(input({ name: "twin" }), ctx);
    const error = await rejection(createTemplate(input({ name: "twin" }), ctx));
    expect(error.code).toBe("template_exists");
    expect(error.fieldErrors?.name?.[0]).toMatch(/twin in language id already exists/);
    // Another language is another template.
    await expect(
      createTemplate(input({ name: "twin", language: "en" }), ctx),
    ).resolves.toBeDefined();
  });

  it("edits a template, refusing a stale edit unless told to replace it", async () => {
    const { id } = await createTemplate(input({ name: "to_edit" }), ctx);
    const opened = await getTemplateOrThrow(id);
    const first = await updateTemplate(
      {
        id,
        template: input({ name: "edited", footer: "Baru", buttons: [], offerExpiry: false }),
        expectedUpdatedAt: opened.updatedAt.toISOString(),
      },
      ctx,
    );
    const edited = await getTemplateOrThrow(id);
    expect(edited).toMatchObject({
      name: "edited",
      footer: "Baru",
      buttons: [],
      offerExpiry: false,
    });
    expect(edited.updatedAt).toEqual(first.updatedAt);

    const stale = await rejection(
      updateTemplate(
        {
          id,
          template: input({ name: "stale" }),
          expectedUpdatedAt: opened.updatedAt.toISOString(),
        },
        ctx,
      ),
    );
    expect(stale.code).toBe("template_changed");
    expect((await getTemplateOrThrow(id)).name).toBe("edited");

    await updateTemplate({ id, template: input({ name: "replaced" }) }, ctx);
    expect((await getTemplateOrThrow(id)).name).toBe("replaced");
  });

  it("refuses to rename a template onto another live one", async () => {
    await createTemplate(input({ name: "taken_name" }), ctx);
    const { id } = await createTemplate(input({ name: "free_name" }), ctx);
    const error = await rejection(
      updateTemplate({ id, template: input({ name: "taken_name" }) }, ctx),
    );
    expect(error.code).toBe("template_exists");
    // Saving a template under its own name is fine.
    await expect(
      updateTemplate({ id, template: input({ name: "free_name" }) }, ctx),
    ).resolves.toBeDefined();
  });

  it("duplicates under free _copy names", async () => {
    const { id } = await createTemplate(input({ name: "dup_source" }), ctx);
    const first = await duplicateTemplate(id, ctx);
    const second = await duplicateTemplate(id, ctx);
    expect([first.name, second.name]).toEqual(["dup_source_copy", "dup_source_copy_2"]);
    const copy = await getTemplateOrThrow(first.id);
    const source = await getTemplateOrThrow(id);
    expect({ ...copy, id: "", name: "", createdAt: null, updatedAt: null }).toEqual({
      ...source,
      id: "",
      name: "",
      createdAt: null,
      updatedAt: null,
    });
  });

  it("soft-deletes: gone from lists and the composer, kept in the table, name free again", async () => {
    const { id } = await createTemplate(input({ name: "to_delete" }), ctx);
    expect(await deleteTemplate(id, ctx)).toEqual({ name: "to_delete" });
    expect((await listTemplates()).map((t) => t.id)).not.toContain(id);
    expect((await rejection(getTemplateOrThrow(id))).code).toBe("not_found");
    expect((await rejection(deleteTemplate(id, ctx))).code).toBe("not_found");
    expect((await rejection(duplicateTemplate(id, ctx))).code).toBe("not_found");
    expect(
      (await rejection(updateTemplate({ id, template: input({ name: "to_delete" }) }, ctx))).code,
    ).toBe("not_found");
    expect((await db.template.findUniqueOrThrow({ where: { id } })).deletedAt).toBeInstanceOf(Date);
    await expect(createTemplate(input({ name: "to_delete" }), ctx)).resolves.toBeDefined();
  });

  it("searches names, header, body and footer, case-insensitively", async () => {
    await createTemplate(
      input({ name: "search_target", body: "Paket Anda {{1}} sudah TIBA", footer: "Toko Melati" }),
      ctx,
    );
    const names = async (q: string) => (await listTemplates({ q })).map((t) => t.name);
    expect(await names("search_tar")).toEqual(["search_target"]);
    expect(await names("sudah tiba")).toEqual(["search_target"]);
    expect(await names("melati")).toEqual(["search_target"]);
    expect(await names("no such words")).toEqual([]);
    // The whole list is sorted by name.
    const all = (await listTemplates()).map((t) => t.name);
    expect(all).toEqual([...all].sort());
    expect(await names("  ")).toEqual(all);
  });

  it("lists and opens a template with unreadable JSON columns, but refuses to send it", async () => {
    const { id } = await createTemplate(input({ name: "damaged" }), ctx);
    await db.template.update({ where: { id }, data: { buttons: "{oops", cards: "null" } });

    const listed = (await listTemplates({ q: "damaged" }))[0]!;
    expect(listed.buttons).toEqual([]);
    expect(listed.problems).toHaveLength(2);

    const forEdit = await getTemplateForEditOrThrow(id);
    expect(forEdit.problems[0]).toMatch(/buttons could not be read/);
    expect(forEdit.template.body).toBe(input({}).body);

    const refused = await rejection(getTemplateOrThrow(id));
    expect(refused.code).toBe("template_damaged");
    expect(refused.message).toMatch(/"damaged" cannot be used until it is repaired/);

    // Saving it again repairs it.
    await updateTemplate({ id, template: forEdit.template }, ctx);
    expect((await getTemplateOrThrow(id)).buttons).toEqual([]);
  });

  it("stores every sandbox template", async () => {
    for (const template of sandboxTemplates) {
      const { id } = await createTemplate({ ...template, language: "sandbox" }, ctx);
      expect(await getTemplateOrThrow(id)).toMatchObject({ ...template, language: "sandbox" });
    }
  });
});
