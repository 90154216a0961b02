import { describe, expect, it } from "vitest";
import { ruleSetSchema } from "../ruleSet/schema";
import { zhejiangCityPreset } from "../ruleSet/presets";
import { fileKindOf } from "./fileKinds";
import { replyLetterEditRefusals, replyLetterVisibleToProposer } from "./replyLetter";
import { attachmentFileName, attachmentLimit, attachmentRefusals, defaultAttachmentRules, residentPhotoRefusals } from "./rules";

const mb = 1024 * 1024;

describe("attachment limits", () => {
  it("takes photos only as images, and caps them lower than documents", () => {
    const photo = attachmentLimit(defaultAttachmentRules, "residentTopic.photo");
    expect(photo.kinds).toEqual(["image"]);
    expect(photo.maxBytes).toBe(10 * mb);
    expect(attachmentLimit(defaultAttachmentRules, "proposal.material").maxBytes).toBe(20 * mb);
  });

  it("refuses a PDF as a photo, naming what is allowed", () => {
    const refusals = attachmentRefusals(attachmentLimit(defaultAttachmentRules, "residentTopic.photo"), { size: 100, mimeType: "application/pdf" });
    expect(refusals.map((r) => r.message)).toEqual(["不支持的文件类型：仅限 图片"]);
  });

  it("refuses bytes no kind covers (HTML, SVG and text are never detected as any kind)", () => {
    const limit = attachmentLimit(defaultAttachmentRules, "proposal.material");
    expect(attachmentRefusals(limit, { size: 100, mimeType: null })[0]!.message).toBe("不支持的文件类型：仅限 PDF、Word、Excel、图片");
    expect(attachmentRefusals(limit, { size: 100, mimeType: "text/html" })).toHaveLength(1);
    expect(attachmentRefusals(limit, { size: 100, mimeType: "image/svg+xml" })).toHaveLength(1);
  });

  it("says how large a file may be, from the council's rule", () => {
    const limit = attachmentLimit({ ...defaultAttachmentRules, maxMegabytes: 5 }, "proposal.replyLetter");
    expect(attachmentRefusals(limit, { size: 5 * mb + 1, mimeType: "application/pdf" }).map((r) => r.message)).toEqual(["文件过大：最大 5 MB"]);
    expect(attachmentRefusals(limit, { size: 5 * mb, mimeType: "application/pdf" })).toEqual([]);
    expect(attachmentRefusals(limit, { size: 0, mimeType: null })[0]!.code).toBe("attachment.empty");
  });

  it("takes an old .doc (a compound file) as Word where Word is allowed", () => {
    expect(fileKindOf("application/x-cfb", ["pdf", "word"])).toBe("word");
    expect(fileKindOf("application/x-cfb", ["pdf", "image"])).toBeNull();
  });

  it("keeps a rule set stored before the section existed parseable, with the defaults", () => {
    const { attachment: _a, ...older } = zhejiangCityPreset;
    expect(ruleSetSchema.parse(older).attachment).toEqual(defaultAttachmentRules);
  });
});

describe("residents' photos", () => {
  it("takes up to the rule set's number, each once", () => {
    expect(residentPhotoRefusals(defaultAttachmentRules, ["a", "b", "c"])).toEqual([]);
    expect(residentPhotoRefusals(defaultAttachmentRules, ["a", "b", "c", "d"]).map((r) => r.message)).toEqual(["每个议题最多附 3 张照片"]);
    expect(residentPhotoRefusals({ ...defaultAttachmentRules, residentPhotosPerTopic: 0 }, ["a"]).map((r) => r.code)).toEqual(["attachment.tooManyPhotos"]);
    expect(residentPhotoRefusals(defaultAttachmentRules, ["a", "a"]).map((r) => r.code)).toEqual(["attachment.photoTwice"]);
  });
  it("defaults the number for a section stored before it existed", () => {
    const { residentPhotosPerTopic: _n, ...older } = defaultAttachmentRules;
    expect(ruleSetSchema.parse({ ...zhejiangCityPreset, attachment: older }).attachment.residentPhotosPerTopic).toBe(3);
  });
});

describe("file names", () => {
  it("drops folders and control characters, keeps Chinese", () => {
    expect(attachmentFileName("C:\\Users\\张三\\答复函（盖章）.pdf")).toBe("答复函（盖章）.pdf");
    expect(attachmentFileName("../../etc/passwd")).toBe("passwd");
    expect(attachmentFileName("a\u0000b\r\n.pdf")).toBe("ab.pdf");
    expect(attachmentFileName("  ")).toBe("附件");
  });
});

describe("reply letters", () => {
  it("may change only while the unit is still writing its reply", () => {
    expect(replyLetterEditRefusals({ status: "assigned", unitReplied: false })).toEqual([]);
    expect(replyLetterEditRefusals({ status: "assigned", unitReplied: true })[0]!.code).toBe("attachment.replied");
    expect(replyLetterEditRefusals({ status: "replied", unitReplied: true })[0]!.code).toBe("attachment.notHandling");
    expect(replyLetterEditRefusals({ status: "rehandling", unitReplied: false })).toEqual([]);
  });

  it("reach the proposer with the reply they were sent with, not before", () => {
    const sent = new Date("2026-05-01T10:00:00Z");
    expect(replyLetterVisibleToProposer(new Date("2026-05-01T09:00:00Z"), sent)).toBe(true);
    expect(replyLetterVisibleToProposer(new Date("2026-05-01T11:00:00Z"), sent)).toBe(false);
    expect(replyLetterVisibleToProposer(new Date("2026-05-01T09:00:00Z"), null)).toBe(false);
  });
});
