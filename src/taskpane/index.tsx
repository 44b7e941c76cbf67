// Entry of the task pane: mounts it once into the page's container.
import { mountTaskpane } from "./mount";

const container = document.getElementById("container");
if (container) void mountTaskpane(container);
