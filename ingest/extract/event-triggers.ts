import type { PloverType } from "@/lib/vocabulary";

/**
 * Words that state an event, by PLOVER type, most specific first: where a sentence holds
 * several, the earlier entry wins (force before words, deliveries before the deals behind
 * them, deals before talks; sanctions lifted before sanctions).
 */
/** "took place", "took part", "took office": idioms of "take", no taking of anything (read here and by events.ts). */
export const NOT_TAKING = String.raw`(?!\s+(?:place|part|office|shape|note|steps?|measures|refuge|effect|turns)\b)`;

/** "to denounce", "to demand": a protest's purpose, which names what it is against (ingest/extract/events.ts). */
export const PROTEST_PURPOSE = String.raw`to\s+(?:denounce|condemn|decry|protest|demand|call\s+for|reject)`;

/** Words of blame: the ACCUSE trigger, and in events.ts what makes its speaker no party to the deed it judges. */
export const JUDGING_VERBS = String.raw`accus(?:ed|es|ing)|condemn(?:ed|s)|blam(?:ed|es)|criticiz(?:ed|es)|denounc(?:ed|es)`;

export const EVENT_TRIGGERS: { type: PloverType; pattern: RegExp }[] = [
  // "neutralised": how Türkiye's defence ministry reports its kills, and "shot … dead": forms the tagger takes for nouns.
  {
    type: "ASSAULT",
    pattern:
      /\b(?:air\s?strikes?|drone strikes?|strikes?|struck|bomb(?:ed|ing|ardment|s)|shell(?:ed|ing)|attack(?:ed|s)?|raids?|raided|killed|clash(?:ed|es)|fired (?:[\w-]+ ){0,3}?(?:on|at|into|toward|towards)|(?:launched|fired) (?:[\w-]+ ){0,3}(?:rockets?|missiles?|mortars?|shells|drones)|(?:rockets?|missiles?|mortars?|(?:mortar |artillery )?shells|projectiles?) (?:\w+ ){0,2}?(?:fell|landed)|opened fire|returned fire|respond(?:ed|s|ing)? to (?:the )?sources? of (?:the )?fire|(?:by|began|started|continued|kept) (?:striking|shelling|bombing|targeting|attacking|pounding)|(?:came|come|comes|coming) under (?:\w+ )?(?:fire|attack)|shot down|shot (?:[\w-]+ ){0,4}?dead|(?:slammed|crashed|smashed|plunged) into|shot and (?:killed|wounded|injured)|gunned down|shoots? down|downed|(?:artillery|mortar|rocket|tank|machine-gun|heavy|sniper) fire|exchanged (?:heavy )?fire|(?:heavy |fierce )?(?:fighting|clashes) (?:(?:was|were) )?(?:erupted|broke out|flared|raged|spread|resumed|reported)|exchanges? of fire|gunfire|firefights?|explo(?:ded|sions?)|blasts?|car bombs?|neutrali[sz]ed|targeted|ambush(?:ed)?|assault(?:ed)?|offensive|incursions?)\b/i,
  },
  {
    type: "COERCE",
    pattern: new RegExp(
      String.raw`\b(?:seiz(?:ed|es|ure)|(?:re)?captur(?:ed|es)|arrest(?:ed|s)|arrests? of|detain(?:ed|s)|confiscat(?:ed|es)|destroyed|demolish(?:ed)?|(?:took|taken|taking|retook|retaken|regain(?:ed|s)?) (?:control|over)|(?:re)?took${NOT_TAKING} (?:\S+ ){0,3}(?:city|town|village|capital)|overr(?:an|un)|launched (?:a |an )?(?:\w+ )?offensive|(?:imposed|declared) (?:a |an )?(?:[\w-]+ )?curfew|foil(?:ed|s) (?:an? |the )?(?:[\w-]+ ){0,2}(?:attempts?|plots?|attacks?|infiltration|smuggling)|(?:launched|began|started) (?:a |an )?(?:[\w-]+ )?(?:sweep|crackdown|security operation|security campaign)|crackdown)\b`,
      "i",
    ),
  },
  {
    type: "CONCEDE",
    pattern:
      /\b(?:hand(?:ed|ing)? over (?:its |their |the )?(?:\w+ ){0,2}(?:power|control|authority|functions|management|government|city|town|villages?|positions?|(?:oil |gas )?fields?|dam|crossings?|checkpoints?|bases?|prisons?|camps?)|releas(?:ed|es|ing) (?:\d[\d,]* |hundreds of |dozens of |scores of )?(?:[\w-]+ ){0,2}(?:prisoners|detainees|captives|hostages)|surrender(?:ed|s)?|capitulat(?:ed|ion)|step(?:ped)? down|(?:lift|lifts|lifted|lifting|eas(?:e|es|ed|ing)|waiv(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|remov(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,3}sanctions|sanctions\s+(?:(?:would|will|had|have|has)\s+)?(?:be(?:en)?\s+|were\s+|was\s+)(?:lifted|eased|waived|suspended|removed)|remov(?:e|es|ed|ing)\s+(?:[\w-]+\s+){1,10}?from\s+(?:its|their|the|a)\s+(?:[\w-]+\s+)?sanctions\s+list|delist(?:s|ed|ing)?)\b/i,
  },
  {
    type: "RETREAT",
    pattern:
      /\b(?:fled|escaped to|left for|left (?:a |an |the |its |their )?(?:[\w-]+ ){0,2}(?:base|bases|positions?|posts?|airport|town|city|village|neighbou?rhoods?|district|areas?)\b|withdr(?:ew|awn)|withdrawal|(?:reduc(?:e|es|ed|ing)|cut(?:s|ting)?) (?:the |its |their )?(?:number of )?(?:[\w.-]+ )?(?:troops|forces|troop numbers|military presence)|draw(?:s|ing)? down|drew down|drawdown|retreat(?:ed)?|pulled (?:out|back)|evacuat(?:ed|ion))\b/i,
  },
  {
    type: "MOBILIZE",
    pattern:
      /\b(?:(?:re)?deploy(?:ed|ment|s)?|reinforcements?|(?:troops|forces|soldiers|units|fighters|convoys?|tanks|armou?red vehicles|patrols?) (?:(?:have|had) )?(?:moved|advanced|entered|arrived|toured)|advanced|(?:pushed|pushing|moved) (?:deeper |further )?into|operating near|(?:sent|sends|dispatched|rushed) (?:[\w-]+ ){0,4}?(?:troops|soldiers|commandos|tanks|armou?red vehicles|units|forces)\b(?! of)|(?:sent|sends|dispatched) (?:a |an |another )?(?:[\w-]+ )?convoys?\b|(?:set up|establish\w*|erect(?:ed|ing)?) (?:\w+ ){0,3}?(?:(?:base|post|outpost|checkpoint)s?|positions)|build-up)\b/i,
  },
  // A threat made, not the noun of a danger ("the threat posed by the PKK", "poses a threat to its security").
  {
    type: "THREATEN",
    pattern:
      /\b(?:threaten(?:ed|s)?|(?:issued|made|repeated|renewed) (?:a |fresh |new )?threats?|warn(?:ed|s|ing)|ultimatum|vowed to|(?:would|will) not hesitate to|(?:would|will) not (?:tolerate|allow))\b/i,
  },
  { type: "ACCUSE", pattern: new RegExp(String.raw`\b(?:${JUDGING_VERBS})\b`, "i") },
  { type: "REJECT", pattern: /\b(?:reject(?:ed|s|ing)|refus(?:ed|es)|denied|violated|(?:would|will|could) not accept)\b/i },
  // Sanctions imposed are news; "the role of sanctions", a sanctions regime, are not.
  {
    type: "SANCTION",
    pattern:
      /\b(?:(?:impos(?:e|es|ed|ing)|slap(?:s|ped)?|announc(?:e|es|ed|ing)|new|fresh|tougher|expand(?:s|ed|ing)?|extend(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,2}sanctions|sanctioned|embargo|suspend(?:ed)? (?:ties|relations))\b/i,
  },
  {
    type: "PROTEST",
    // "gathered in al-Karama Square … to demand the release of detainees": a crowd with a demand is a protest.
    pattern: new RegExp(
      String.raw`\b(?:protest(?:s|ed|ers)?|demonstrat(?:ion|ions|ors|ed)|(?:took|take|taking) to the streets|sit-ins?|(?:gathered|rallied|marched)(?=[^.;]{0,80}\b${PROTEST_PURPOSE}\b))\b`,
      "i",
    ),
  },
  {
    type: "AID",
    pattern:
      /\b(?:suppl(?:y|ies|ied|ying)|deliver(?:y|ies|ed|ing)?|shipments?|provid(?:e|ed|ing) (?:\w+ ){0,2}(?:weapons|arms|equipment|aid|training|support)|arms (?:sales|transfers)|military aid|(?:aid|relief|humanitarian) convoys?|(?:food|bread|aid|relief|water) distributions?|(?:sent|sends|dispatched|carrying|loaded with) (?:[\w,-]+ ){0,4}(?:aid|relief|assistance|wheat|flour|fuel|food|medicines?|medical supplies)|train(?:ing|ed|s)? (?:\w+ ){0,3}(?:army|forces|troops|soldiers|personnel)|equip(?:ped|ping)?|(?:pledg|donat|allocat)(?:ed|es|ing) (?:[\w$.,()-]+ ){0,6}?(?:aid|assistance|funding|grants?|euros|dollars|million|billion))\b/i,
  },
  { type: "AGREE", pattern: /\b(?:agreement|agreed|deal|signed|accord|memorandum|pact|truce|ceasefire|road ?map)\b/i },
  {
    type: "REQUEST",
    pattern:
      /\b(?:(?<!(?:phone|telephone|video|a|the)\s)call(?:ed|s)? (?:on|for)|demand(?:ed|s)|urg(?:ed|es)|request(?:ed|s)|asked|must be|push(?:ed|es|ing)? for)\b/i,
  },
  {
    type: "CONSULT",
    pattern:
      /\b(?:visit(?:ed|s)?|(?:official|formal|working) trip|met|meeting|meets|talks|discuss(?:ed|es|ions?)|hosted|received (?:a |an |the |his |her |their )?(?:[\w.'’-]+ ){0,10}(?:delegation|envoy|counterpart|visitors?|guests?|[Mm]inister|[Pp]resident|[Aa]mbassador|[Kk]ing|[Ee]mir|[Ss]ecretary|[Cc]ommander|[Cc]hief)|phone call|phoned|spoke (?:by (?:tele)?phone )?with|consultations?|summit(?! of (?:the )?(?:Mount|Jabal|Jebel|mountain|hill))|(?:at the head of|led|leading|headed|heading) (?:a |an |the )?(?:[\w-]+ ){0,3}delegation)\b/i,
  },
  // Only said support: "Turkish-backed" and "backed by" describe, they do not report.
  {
    type: "SUPPORT",
    pattern:
      /\b(?:(?:reiterated|expressed|voiced|declared|reaffirmed|pledged) (?:its |his |their )?(?:full |strong )?support|welcom(?:ed|es)|prais(?:ed|es)|endors(?:ed|es)|attach(?:es|ed)? (?:\W?\w+ ){0,2}importance to)\b/i,
  },
  // Abstract "cooperation" and "coordination" are everywhere in diplomatic prose; joint action is news,
  // and so is a link opened between two states (a pipeline, an embassy), and people handed over to another's
  // justice, or taken back by their own (CAMEO 063, judicial cooperation: "handed over 120 suspects to Iraqi
  // authorities", "Iraq received 150 suspected Islamic State members from SDF-run prisons").
  {
    type: "COOPERATE",
    pattern:
      /\b(?:joint (?:(?:military|naval|air|border|security|combat) )?(?:patrols?|operations?|exercises?|drills?|manoeuvres|maneuvers)(?!\s+(?:Command|Cent(?:re|er)|Room|Cell)\b)|(?:begins?|began|begun|started|launched) (?:\w+ ){0,2}(?:training|cooperation)|inaugurat(?:ed|es|ing|ion)|(?:re)?open(?:ed|s|ing)? (?:[\w-]+ ){0,3}(?:pipeline|embassy|consulate|border crossing)|(?:hand(?:ed|s|ing)? over|extradit(?:ed|es|ing)|repatriat(?:ed|es|ing)|receiv(?:ed|es|ing)) (?:\d[\d,]* |hundreds of |dozens of |scores of )?(?:[\w-]+ ){0,3}(?:suspects|detainees|nationals|militants|fighters|members))\b/i,
  },
  // A change of regime is news where it is reported: "the ouster of", "toppled", "overthrew".
  {
    type: "OTHER",
    pattern:
      /\b(?:took office|sworn in|elected|held (?:[\w-]+ ){0,2}elections|appointed|(?:was|were) (?:named|declared|proclaimed) (?:as )?(?:[\w'’-]+ ){0,3}(?:president|prime minister|governor|minister|head|leader|commander)|took power|came to power|(?:was|were) formed|took shape|ouster|oust(?:ed|ing)|overthrow(?:n)?|overthrew|toppl(?:ed|ing))\b/i,
  },
];
