import { z } from "zod";

// Default messages (wrong type, missing field) in Chinese wherever the domain is imported:
// the server's BAD_REQUEST texts and the apps' form errors are read by Chinese-speaking staff.
z.config(z.locales.zhCN());
