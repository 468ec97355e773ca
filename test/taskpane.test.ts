import { describeDataset } from "../src/taskpane/describe";

test("the pane names the dataset version and its line count", () => {
  expect(describeDataset()).toMatch(
    /^Dataset \d{4}-\d{2}-\d{2}\.[0-9a-f]{8}: \d+ lines, \d+ regional totals\.$/
  );
});
