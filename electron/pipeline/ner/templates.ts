/**
 * Feature template ids. They are mixed into every feature hash, so they are part of the model file's
 * contract: renumbering them needs a new FEATURE_SET_VERSION and a retrained model.
 */
export const enum T {
  Bias,
  W0,
  Wm1,
  Wm2,
  Wp1,
  Wp2,
  Wm1W0,
  W0Wp1,
  S0,
  Sm1,
  Sm2,
  Sp1,
  Sp2,
  Ss0,
  Ssm1Ss0Ssp1,
  Prefix,
  Suffix,
  Flag,
  FirstSs0,
  CaseSs0,
  Wm1S0,
  Lex0,
  Lexm1,
  Lexp1,
}
