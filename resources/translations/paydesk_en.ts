<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>paydesk::JournalPage</name>
    <message numerus="yes">
        <source>Exported %Ln entries to %1</source>
        <translation>
            <numerusform>Exported %Ln entry to %1</numerusform>
            <numerusform>Exported %Ln entries to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::MainWindow</name>
    <message numerus="yes">
        <source>Store journal unreachable: %n sales kept on this till, sent on when it returns</source>
        <translation>
            <numerusform>Store journal unreachable: %n sale kept on this till, sent on when it returns</numerusform>
            <numerusform>Store journal unreachable: %n sales kept on this till, sent on when it returns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ReportPage</name>
    <message numerus="yes">
        <source>%1: %Ln sale attempts, %2 paid</source>
        <translation>
            <numerusform>%1: %Ln sale attempt, %2 paid</numerusform>
            <numerusform>%1: %Ln sale attempts, %2 paid</numerusform>
        </translation>
    </message>
</context>
</TS>
