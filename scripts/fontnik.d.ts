declare module "fontnik";
