<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%n cleaned copy(ies) written.</source>
      <translation>
        <numerusform>%n cleaned copy written.</numerusform>
        <numerusform>%n cleaned copies written.</numerusform>
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
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n second</numerusform>
        <numerusform>%n seconds</numerusform>
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
      <source>%n face(s) found, needs review</source>
      <translation>
        <numerusform>%n face found, needs review</numerusform>
        <numerusform>%n faces found, needs review</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Exported, %n face(s) covered</source>
      <translation>
        <numerusform>Exported, %n face covered</numerusform>
        <numerusform>Exported, %n faces covered</numerusform>
      </translation>
    </message>
  </context>
</TS>
