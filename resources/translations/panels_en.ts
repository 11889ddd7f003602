<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>StepText</name>
    <message numerus="yes">
        <source>(%n more terms, sum %1)</source>
        <translation>
            <numerusform>(%n more term, sum %1)</numerusform>
            <numerusform>(%n more terms, sum %1)</numerusform>
        </translation>
    </message>
</context>
</TS>
