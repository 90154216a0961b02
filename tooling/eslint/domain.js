import base from "./base.js";
import { domainBoundaries } from "./boundaries.js";

export default [...base, ...domainBoundaries];
