import type { PloverType } from "@/db/vocabulary";

/**
 * Words that state an event, by PLOVER type, most specific first: where a sentence holds
 * several, the earlier entry wins (force before words, deals before talks).
 */
export const EVENT_TRIGGERS: { type: PloverType; pattern: RegExp }[] = [
  { type: "ASSAULT", pattern: /\b(?:air\s?strikes?|drone strikes?|strikes?|struck|bomb(?:ed|ing|ardment|s)|shell(?:ed|ing)|attack(?:ed|s)?|raids?|raided|killed|clash(?:ed|es)|fired (?:on|at)|targeted|ambush(?:ed)?|assault(?:ed)?|offensive|incursions?)\b/i },
  { type: "COERCE", pattern: /\b(?:seiz(?:ed|es|ure)|captur(?:ed|es)|arrest(?:ed|s)|detain(?:ed|s)|confiscat(?:ed|es)|destroyed|demolish(?:ed)?|took (?:control|over))\b/i },
  { type: "RETREAT", pattern: /\b(?:fled|withdr(?:ew|awn)|withdrawal|retreat(?:ed)?|pulled out|evacuat(?:ed|ion))\b/i },
  { type: "MOBILIZE", pattern: /\b(?:deploy(?:ed|ment|s)?|reinforcements?|troops (?:moved|advanced|entered)|advanced|operating near|set up (?:a )?(?:base|post)s?|establish(?:ed|ing)? (?:a )?(?:military )?bases?|build-up)\b/i },
  { type: "THREATEN", pattern: /\b(?:threat(?:en(?:ed|s)?)?|warn(?:ed|s|ing)|ultimatum|vowed to)\b/i },
  { type: "ACCUSE", pattern: /\b(?:accus(?:ed|es|ing)|condemn(?:ed|s)|blam(?:ed|es)|criticiz(?:ed|es)|denounc(?:ed|es))\b/i },
  { type: "REJECT", pattern: /\b(?:reject(?:ed|s|ing)|refus(?:ed|es)|denied|violated)\b/i },
  { type: "SANCTION", pattern: /\b(?:sanction(?:s|ed)?|embargo|suspend(?:ed)? (?:ties|relations))\b/i },
  { type: "PROTEST", pattern: /\b(?:protest(?:s|ed|ers)?|demonstrat(?:ion|ions|ors|ed))\b/i },
  { type: "AGREE", pattern: /\b(?:agreement|agreed|deal|signed|accord|memorandum|pact|truce|ceasefire)\b/i },
  { type: "AID", pattern: /\b(?:suppl(?:y|ies|ied|ying)|deliver(?:y|ies|ed|ing)?|shipments?|provid(?:e|ed|ing) (?:\w+ ){0,2}(?:weapons|arms|equipment|aid|training|support)|arms (?:sales|transfers)|military aid|train(?:ing|ed|s)? (?:\w+ ){0,3}(?:army|forces|troops|soldiers|personnel)|equip(?:ped|ping)?)\b/i },
  { type: "REQUEST", pattern: /\b(?:call(?:ed|s)? (?:on|for)|demand(?:ed|s)|urg(?:ed|es)|must be)\b/i },
  { type: "CONSULT", pattern: /\b(?:visit(?:ed|s)?|met|meeting|meets|talks|discuss(?:ed|es|ions?)|hosted|received|phone call|spoke with|consultations?|summit|delegation)\b/i },
  { type: "SUPPORT", pattern: /\b(?:(?:reiterated|expressed|voiced|declared|reaffirmed) (?:its |his |their )?(?:full )?support|welcom(?:ed|es)|back(?:ed|s|ing)|prais(?:ed|es)|endors(?:ed|es)|support(?:s|ed)? (?:for )?)\b/i },
  { type: "COOPERATE", pattern: /\b(?:cooperat(?:e|ion|ing)|coordinat(?:e|ion|ing)|joint (?:patrols?|operations?|exercises?)|integrat(?:e|ion|ing))\b/i },
  { type: "OTHER", pattern: /\b(?:took office|sworn in|elected|appointed|took power|came to power)\b/i },
];
