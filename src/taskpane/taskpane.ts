import { describeDataset } from "./describe";
import { mountPane, sheetsUnavailable } from "./pane";

Office.onReady((info) => {
  const target = document.getElementById("dataset");
  if (target) target.textContent = describeDataset();
  const root = document.getElementById("root");
  if (root) mountPane(root, { unavailable: sheetsUnavailable(info.host) });
});
