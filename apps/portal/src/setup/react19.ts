import { unstableSetRender } from "../shell/kit";
import { createRoot, type Root } from "react-dom/client";

// antd-mobile 5 mounts Toast and Dialog with ReactDOM.render, which React 19 removed; this is
// the adapter its guide gives (https://mobile.ant.design/guide/v5-for-19).
const roots = new WeakMap<Element | DocumentFragment, Root>();

unstableSetRender((node, container) => {
  const root = roots.get(container) ?? createRoot(container);
  roots.set(container, root);
  root.render(node);
  return async () => {
    // Let the closing animation's last frame commit before tearing the tree down.
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
    roots.delete(container);
  };
});
