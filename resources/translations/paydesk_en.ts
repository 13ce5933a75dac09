<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>paydesk::JournalPage</name>
    <message numerus="yes">
        <source>Exported %Ln entries to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ReportPage</name>
    <message numerus="yes">
        <source>%1: %Ln sale attempt(s), %2 paid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
