<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>CLI</name>
    <message numerus="yes">
      <source>%n face(s) redacted</source>
      <translation>
        <numerusform>%n face redacted</numerusform>
        <numerusform>%n faces redacted</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n metadata item(s) removed</source>
      <translation>
        <numerusform>%n metadata item removed</numerusform>
        <numerusform>%n metadata items removed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unsure spot(s) left visible: review them in the window</source>
      <translation>
        <numerusform>%n unsure spot left visible: review them in the window</numerusform>
        <numerusform>%n unsure spots left visible: review them in the window</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Findings</name>
    <message numerus="yes">
      <source>%n byte(s)</source>
      <translation>
        <numerusform>%n byte</numerusform>
        <numerusform>%n bytes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n chapter(s)</source>
      <translation>
        <numerusform>%n chapter</numerusform>
        <numerusform>%n chapters</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n layer(s), left out of the cleaned copy (only the flattened picture is kept)</source>
      <translation>
        <numerusform>%n layer, left out of the cleaned copy (only the flattened picture is kept)</numerusform>
        <numerusform>%n layers, left out of the cleaned copy (only the flattened picture is kept)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more GPS value(s) (direction, speed, satellites...)</source>
      <translation>
        <numerusform>%n more GPS value (direction, speed, satellites...)</numerusform>
        <numerusform>%n more GPS values (direction, speed, satellites...)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more image(s) declared by a multi-picture index (MPF)</source>
      <translation>
        <numerusform>%n more image declared by a multi-picture index (MPF)</numerusform>
        <numerusform>%n more images declared by a multi-picture index (MPF)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more image(s) in this file (burst or edits; only the main one is kept)</source>
      <translation>
        <numerusform>%n more image in this file (burst or edits; only the main one is kept)</numerusform>
        <numerusform>%n more images in this file (burst or edits; only the main one is kept)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more image(s) in this file (thumbnails, previews or pages; only the first is kept)</source>
      <translation>
        <numerusform>%n more image in this file (thumbnails, previews or pages; only the first is kept)</numerusform>
        <numerusform>%n more images in this file (thumbnails, previews or pages; only the first is kept)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more image(s) stored after the end of the image (previews or depth maps)</source>
      <translation>
        <numerusform>%n more image stored after the end of the image (previews or depth maps)</numerusform>
        <numerusform>%n more images stored after the end of the image (previews or depth maps)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Camera settings (%n EXIF tag(s): exposure, lens, flash...)</source>
      <translation>
        <numerusform>Camera settings (%n EXIF tag: exposure, lens, flash...)</numerusform>
        <numerusform>Camera settings (%n EXIF tags: exposure, lens, flash...)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Motion Photo: a %n-second video with sound is hidden in this photo</source>
      <translation>
        <numerusform>Motion Photo: a %n-second video with sound is hidden in this photo</numerusform>
        <numerusform>Motion Photo: a %n-second video with sound is hidden in this photo</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Motion Photo: a %n-second video without sound is hidden in this photo</source>
      <translation>
        <numerusform>Motion Photo: a %n-second video without sound is hidden in this photo</numerusform>
        <numerusform>Motion Photo: a %n-second video without sound is hidden in this photo</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The camera found %n face(s) in the picture and stored where they are</source>
      <translation>
        <numerusform>The camera found %n face in the picture and stored where they are</numerusform>
        <numerusform>The camera found %n faces in the picture and stored where they are</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%n byte(s)</source>
      <translation>
        <numerusform>%n byte</numerusform>
        <numerusform>%n bytes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n cleaned copy(ies) written.</source>
      <translation>
        <numerusform>%n cleaned copy written.</numerusform>
        <numerusform>%n cleaned copies written.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n face track(s) found: click one to leave it visible</source>
      <translation>
        <numerusform>%n face track found: click it to leave it visible</numerusform>
        <numerusform>%n face tracks found: click one to leave it visible</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n face(s) found on this frame</source>
      <translation>
        <numerusform>%n face found on this frame</numerusform>
        <numerusform>%n faces found on this frame</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) added</source>
      <translation>
        <numerusform>%n file added</numerusform>
        <numerusform>%n files added</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) could not be cleaned (see the list).</source>
      <translation>
        <numerusform>%n file could not be cleaned (see the list).</numerusform>
        <numerusform>%n files could not be cleaned (see the list).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) in the list have no cleaned copy yet; your review of them will be lost. Quit anyway?</source>
      <translation>
        <numerusform>%n file in the list has no cleaned copy yet; your review of it will be lost. Quit anyway?</numerusform>
        <numerusform>%n files in the list have no cleaned copy yet; your review of them will be lost. Quit anyway?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n of %1 file(s) have not been reviewed</source>
      <translation>
        <numerusform>%n of %1 files has not been reviewed</numerusform>
        <numerusform>%n of %1 files have not been reviewed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n second</numerusform>
        <numerusform>%n seconds</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unsure spot(s) not decided</source>
      <translation>
        <numerusform>%n unsure spot not decided</numerusform>
        <numerusform>%n unsure spots not decided</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Queue</name>
    <message numerus="yes">
      <source>%n face(s) found</source>
      <translation>
        <numerusform>%n face found</numerusform>
        <numerusform>%n faces found</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Exported, %n face(s) covered</source>
      <translation>
        <numerusform>Exported, %n face covered</numerusform>
        <numerusform>Exported, %n faces covered</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Not reviewed: %n unsure spot(s) to decide</source>
      <translation>
        <numerusform>Not reviewed: %n unsure spot to decide</numerusform>
        <numerusform>Not reviewed: %n unsure spots to decide</numerusform>
      </translation>
    </message>
  </context>
</TS>
