import { describeDataset } from "./describe";

Office.onReady(() => {
  const target = document.getElementById("dataset");
  if (target) target.textContent = describeDataset();
});
